import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** Runs the fixture; resolves once it is listening for signals. */
async function start(hardDeadlineMs: number) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/test/process/fixtures/hanging-stop.ts'], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', HARD_DEADLINE_MS: String(hardDeadlineMs) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; at: number }>((done) => child.once('exit', (code) => done({ code, at: Date.now() })));
  while (!output.includes('READY')) {
    if (child.exitCode !== null) throw new Error(`the fixture exited early: ${output}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return { child, exited, output: () => output };
}

describe('shutdown guards (a stop step that never finishes)', () => {
  jest.setTimeout(60_000);

  it('a second signal forces the exit at once, running the last-resort kills', async () => {
    const fixture = await start(30_000);
    fixture.child.kill('SIGTERM');
    await new Promise((done) => setTimeout(done, 300));
    expect(fixture.child.exitCode).toBeNull();
    const second = Date.now();
    fixture.child.kill('SIGINT');
    const { code, at } = await fixture.exited;
    expect(code).toBe(1);
    expect(at - second).toBeLessThan(2000);
    expect(fixture.output()).toContain('KILLED');
  });

  it('the hard deadline forces the exit when nobody sends a second signal', async () => {
    const fixture = await start(1000);
    const signalled = Date.now();
    fixture.child.kill('SIGTERM');
    const { code, at } = await fixture.exited;
    expect(code).toBe(1);
    expect(at - signalled).toBeGreaterThanOrEqual(900);
    expect(at - signalled).toBeLessThan(5000);
    expect(fixture.output()).toContain('KILLED');
  });
});
