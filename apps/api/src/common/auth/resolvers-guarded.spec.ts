import 'reflect-metadata';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { allResolvers } from '../../schema/resolvers';

const RESOLVER_TYPE = 'graphql:resolver_type';

/** Deny by default: every query and mutation handler declares its roles or is explicitly public. */
describe('every resolver is guarded', () => {
  const operations = allResolvers().flatMap((resolver) =>
    Object.getOwnPropertyNames(resolver.prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => ({ resolver, name, handler: resolver.prototype[name] as object }))
      .filter(({ handler }) => ['Query', 'Mutation'].includes(Reflect.getMetadata(RESOLVER_TYPE, handler))),
  );

  it('finds the operations to check', () => {
    const names = operations.map(({ name }) => name);
    expect(operations.length).toBeGreaterThanOrEqual(15);
    expect(names).toEqual(expect.arrayContaining(['createOrganization', 'services', 'login']));
  });

  it('declares roles or @Public() on each of them', () => {
    const unguarded = operations
      .filter(({ resolver, handler }) => {
        const roles = Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, resolver);
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, resolver);
        return !isPublic && !(Array.isArray(roles) && roles.length > 0);
      })
      .map(({ resolver, name }) => `${resolver.name}.${name}`);
    expect(unguarded).toEqual([]);
  });

  it('keeps @Public() to sign-in, sign-out and what the sign-in page shows (the demo banner)', () => {
    const publicOnes = operations.filter(({ handler }) => Reflect.getMetadata(PUBLIC_KEY, handler)).map(({ name }) => name);
    expect(publicOnes.sort()).toEqual(['login', 'logout', 'systemInfo']);
  });
});
