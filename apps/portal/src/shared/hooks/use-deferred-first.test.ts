import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeferredFirst } from './use-deferred-first';

function track(same?: (deferred: { id: string }, current: { id: string }) => boolean) {
  const seen: Array<{ id: string } | undefined> = [];
  const hook = renderHook(
    ({ value }: { value: { id: string } | undefined }) => {
      const shown = useDeferredFirst(value, same);
      seen.push(shown);
      return shown;
    },
    { initialProps: { value: undefined as { id: string } | undefined } },
  );
  return { seen, hook };
}

describe('useDeferredFirst', () => {
  it('shows the first value one (transition) render after it arrives, then every later value at once', () => {
    const { seen, hook } = track();
    const first = { id: 'a' };
    act(() => hook.rerender({ value: first }));
    // The update that brought the value rendered without it (the skeleton); a later render shows it.
    expect(seen.slice(1)).toContain(undefined);
    expect(hook.result.current).toBe(first);

    seen.length = 0;
    const second = { id: 'b' };
    act(() => hook.rerender({ value: second }));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((shown) => shown === second)).toBe(true);
  });

  it('never shows a deferred value that no longer belongs to what is asked for', () => {
    const { seen, hook } = track((deferred, current) => deferred.id === current.id);
    act(() => hook.rerender({ value: { id: 'a' } }));
    act(() => hook.rerender({ value: undefined }));
    expect(hook.result.current).toBeUndefined();
    expect(seen.every((shown) => shown === undefined || shown.id === 'a')).toBe(true);
  });
});
