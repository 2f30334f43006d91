import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { RateLimits } from '../../modules/auth/rate-limits';
import type { RequestContext } from './context';

/**
 * Counts every GraphQL operation against the caller's per-minute budget (user, or address when
 * anonymous), before any resolver runs. A signed-in user's request was counted with their
 * authentication (same statement); here it is refused if that count was past the budget.
 */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.requestCount) return limits.refuseOverBudget(contextValue.requestCount);
          const key = contextValue.user ? `user:${contextValue.user.id}` : `ip:${contextValue.req.ip ?? 'unknown'}`;
          await limits.consumeRequest(key);
        },
      };
    },
  };
}
