/**
 * Preloaded (`node -r`) into a benchmark's server process: counts every SQL statement the process sends
 * through `pg` (TypeORM, the rate limiter, a bare `pg` endpoint: all go through `Client.prototype.query`)
 * and answers the parent over the IPC channel: `{ probe: 'statements' }` → `{ probe: 'statements', count }`,
 * `{ probe: 'reset' }` sets the count to 0. Costs one increment per statement.
 */
import pg from 'pg';

let count = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  count += 1;
  return (original as (...queryArgs: unknown[]) => unknown).apply(this, args);
} as typeof original;

if (process.send) {
  process.on('message', (message: { probe?: string }) => {
    if (message?.probe === 'reset') count = 0;
    if (message?.probe === 'statements' || message?.probe === 'reset') process.send?.({ probe: 'statements', count });
  });
  // The channel alone must not keep the server alive once it has stopped.
  process.channel?.unref();
}
