/* A worker module for CohortPool's spec: keeps what it is sent until its lease ends, fails or sleeps on request. */
import fs from 'node:fs';
import { normalizeSearchText } from '@shuraka/domain';

interface Settings {
  prefix: string;
  closedFile: string;
}

let kept: string[] = [];

export async function handle(message: { add?: string; fail?: boolean; sleepMs?: number; fold?: string }, settings: Settings) {
  if (message.fail) throw new Error('asked to fail');
  if (message.sleepMs) await new Promise((resolve) => setTimeout(resolve, message.sleepMs));
  // A workspace alias resolves in the worker (from sources, through tsconfig.base.json).
  if (message.fold !== undefined) return { reply: normalizeSearchText(message.fold) };
  if (message.add) kept.push(message.add);
  return { reply: `${settings.prefix}:${kept.join(',')}` };
}

export function reset(): void {
  kept = [];
}

export async function close(settings: Settings): Promise<void> {
  fs.writeFileSync(settings.closedFile, 'closed');
}
