import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { RateLimits } from '../../modules/auth/rate-limits';
import type { RequestContext } from './context';

/** Counts every GraphQL operation against the caller's per-minute budget (user, or address when anonymous). */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const key = contextValue.user ? `user:${contextValue.user.id}` : `ip:${contextValue.req.ip ?? 'unknown'}`;
          await limits.consumeRequest(key);
        },
      };
    },
  };
}
