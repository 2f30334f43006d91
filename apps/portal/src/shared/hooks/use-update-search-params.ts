import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router';

export type SearchParamsUpdate = (current: URLSearchParams) => URLSearchParams;

/** What the last update wrote over each location, for an update made before the router has rendered it. */
const written = new WeakMap<object, URLSearchParams>();

/**
 * Changes the URL's search params (replacing history), each change on top of the one before, rendered or not.
 * React Router hands a functional update the params of its last render and renders a navigation in a transition,
 * so two quick changes (a filter, then the one beside it) would both start from the same params and the second
 * would drop the first. What was written is kept per location (the object the router renders): once the next
 * location is rendered, changes start from its params again.
 */
export function useUpdateSearchParams(): (update: SearchParamsUpdate) => void {
  const location = useLocation();
  const [, setParams] = useSearchParams();
  return useCallback(
    (update: SearchParamsUpdate) =>
      setParams(
        (rendered) => {
          const next = update(new URLSearchParams(written.get(location) ?? rendered));
          written.set(location, next);
          return next;
        },
        { replace: true },
      ),
    [location, setParams],
  );
}
