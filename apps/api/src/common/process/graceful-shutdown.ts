import type { Server } from 'node:http';
import type { Logger } from 'pino';

interface Step {
  name: string;
  stop: () => Promise<void>;
  /** Synchronous last resort when the orderly stop overruns. */
  kill?: () => void;
}

/**
 * Stops what the process started, in reverse order, on SIGTERM/SIGINT or a failed start-up, and
 * exits. A second signal or the hard deadline skips the rest: each step's `kill` runs and the
 * process exits at once, so a supervisor that waits 10 seconds never finds anything left behind.
 */
export class GracefulShutdown {
  private readonly steps: Step[] = [];
  private stopping = false;

  constructor(
    private readonly logger: Logger,
    private readonly hardDeadlineMs = 8000,
  ) {}

  /** Registers what was just started; it is stopped before everything registered earlier. */
  add(name: string, stop: () => Promise<void>, kill?: () => void): void {
    this.steps.unshift({ name, stop, kill });
  }

  /** SIGHUP too (a closed terminal): its default would end the process without stopping PostgreSQL. */
  listen(): void {
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void this.run(signal, 0));
  }

  get requested(): boolean {
    return this.stopping;
  }

  async run(reason: string, exitCode: number): Promise<void> {
    if (this.stopping) return this.force(`${reason} during shutdown`);
    this.stopping = true;
    const started = Date.now();
    this.logger.info({ reason }, 'shutting down');
    const deadline = setTimeout(() => this.force(`shutdown took longer than ${this.hardDeadlineMs} ms`), this.hardDeadlineMs);
    for (const step of [...this.steps]) {
      try {
        await step.stop();
      } catch (error) {
        this.logger.error({ err: error, step: step.name }, 'a shutdown step failed');
      }
    }
    clearTimeout(deadline);
    this.logger.info({ ms: Date.now() - started }, 'stopped');
    process.exit(exitCode);
  }

  private force(why: string): void {
    this.logger.warn({ why }, 'forcing exit');
    for (const step of this.steps) {
      try {
        step.kill?.();
      } catch {
        // already gone
      }
    }
    process.exit(1);
  }
}

/**
 * Stops accepting connections and lets requests in flight finish for at most `graceMs`; then the
 * connections still open are cut. Idle keep-alive connections are closed as they become idle.
 */
export function drainHttpServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
