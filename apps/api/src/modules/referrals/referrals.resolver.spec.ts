import 'reflect-metadata';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ReferralsResolver } from './referrals.resolver';

/**
 * The referral's nested fields are resolved 50 times per inbox page: Nest calls a field resolver
 * directly (its fast path) only when the method has no parameter decorators; with one it goes through
 * its context creator (param factories, pipes, a promise chain per call).
 */
describe('Referral field resolvers', () => {
  it.each(['applicant', 'service', 'organization', 'history'] as const)('%s takes graphql-js arguments, no parameter decorators', (name) => {
    expect(Reflect.getMetadata(ROUTE_ARGS_METADATA, ReferralsResolver, name)).toBeUndefined();
    // The control: a resolver with decorators does carry the metadata this checks.
    expect(Reflect.getMetadata(ROUTE_ARGS_METADATA, ReferralsResolver, 'referredBy')).toBeDefined();
  });
});
