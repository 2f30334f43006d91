/** Review lists are read a page at a time: a plan of thousands is never loaded whole. */
export const PLAN_PAGE_SIZE = 50;

interface Connection {
  edges: readonly unknown[];
}

/** `fetchMore`'s merge for a connection read page after page: the next page's edges after the ones shown. */
export function appendPage<C extends Connection>(shown: C, next: C): C {
  return { ...next, edges: [...shown.edges, ...next.edges] };
}
