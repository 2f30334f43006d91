/** Applicants chosen for a cohort, by id, with their names (so the choice survives searching and paging). */
export type Selection = ReadonlyMap<string, string>;

export interface Selectable {
  id: string;
  fullName: string;
}

/** Whether the applicants shown are all, some or none of them selected (for the "select all on this page" box). */
export function pageSelectionState(selection: Selection, page: readonly Selectable[]): 'all' | 'some' | 'none' {
  const chosen = page.filter((item) => selection.has(item.id)).length;
  if (page.length === 0 || chosen === 0) return 'none';
  return chosen === page.length ? 'all' : 'some';
}

export function withItems(selection: Selection, items: readonly Selectable[], selected: boolean): Map<string, string> {
  const next = new Map(selection);
  for (const item of items) {
    if (selected) next.set(item.id, item.fullName);
    else next.delete(item.id);
  }
  return next;
}
