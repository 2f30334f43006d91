import type { Response } from 'express';

/**
 * An AbortSignal that fires when the client goes away before its answer is written (the
 * connection closed under a long request), and `release` to stop watching once the work is done.
 */
export function clientGoneSignal(res: Response): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) controller.abort(new Error('The client closed the connection; the allocation plan was abandoned'));
  };
  res.once('close', onClose);
  return { signal: controller.signal, release: () => res.off('close', onClose) };
}
