/**
 * Preloaded (`node -r`) into a benchmark's server process: counts every SQL statement the process sends
 * through `pg` (TypeORM, the rate limiter, a bare `pg` endpoint: all go through `Client.prototype.query`)
 * and answers the parent over the IPC channel: `{ probe: 'statements' }` → `{ probe: 'statements', count }`,
 * `{ probe: 'reset' }` sets the count to 0. Costs one increment per statement.
 *
 * It also records a V8 CPU profile of a window the parent chooses (the same sampling profiler as
 * `node --cpu-prof`, without start-up and shutdown): `{ probe: 'profile-start' }`, then
 * `{ probe: 'profile-stop', file }` writes the `.cpuprofile` and answers `{ probe: 'profile', file }`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import pg from 'pg';

let count = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  count += 1;
  return (original as (...queryArgs: unknown[]) => unknown).apply(this, args);
} as typeof original;

let session: Session | undefined;

function profile(message: { probe?: string; file?: string }): void {
  if (message.probe === 'profile-start') {
    session = new Session();
    session.connect();
    session.post('Profiler.enable', () => session!.post('Profiler.start', () => process.send?.({ probe: 'profile', file: null })));
  }
  if (message.probe === 'profile-stop' && session) {
    const current = session;
    current.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(message.file!, JSON.stringify(result.profile));
      current.disconnect();
      process.send?.({ probe: 'profile', file: error ? null : message.file });
    });
    session = undefined;
  }
}

if (process.send) {
  process.on('message', (message: { probe?: string; file?: string }) => {
    if (message?.probe === 'reset') count = 0;
    if (message?.probe === 'statements' || message?.probe === 'reset') process.send?.({ probe: 'statements', count });
    if (message?.probe?.startsWith('profile-')) profile(message);
  });
  // The channel alone must not keep the server alive once it has stopped.
  process.channel?.unref();
}
