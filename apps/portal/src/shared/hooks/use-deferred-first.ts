import { useDeferredValue, useState } from 'react';

/**
 * The value, rendered the first time it is there as a transition: React renders what depends on it in slices
 * between which the browser stays responsive, instead of in the long task of the update that brought it (an Apollo
 * query's answer is a synchronous update). Until then, `undefined` (the caller shows its skeleton). Once shown, the
 * value itself: later changes (a refetch after a mutation) render at once, as before.
 *
 * `same` tells whether a deferred value still belongs to what is asked for now (e.g. the same applicant).
 */
export function useDeferredFirst<T>(value: T | undefined, same: (deferred: T, current: T) => boolean = () => true): T | undefined {
  const deferred = useDeferredValue(value);
  const [shown, setShown] = useState(false);
  const caughtUp = deferred !== undefined && value !== undefined && same(deferred, value) ? deferred : undefined;
  if (!shown && caughtUp !== undefined) setShown(true);
  return shown ? value : caughtUp;
}
