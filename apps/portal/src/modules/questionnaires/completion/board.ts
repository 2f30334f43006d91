/** Share of assigned partners that submitted, 0–100 (0 when nobody is assigned). */
export function completionPercent(submitted: number, assigned: number): number {
  if (assigned <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((submitted / assigned) * 100)));
}

interface BoardAssignment {
  status: 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED';
  overdue: boolean;
  dueOn: string;
  organization: { name: { ar?: string | null; en?: string | null } };
}

const STATUS_RANK = { NOT_STARTED: 1, DRAFT: 1, SUBMITTED: 2 } as const;

/** What needs chasing first: overdue, then the other unfinished ones by due date, submitted last. */
export function boardOrder<T extends BoardAssignment>(assignments: readonly T[]): T[] {
  const rank = (assignment: T) => (assignment.overdue ? 0 : STATUS_RANK[assignment.status]);
  return [...assignments].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.dueOn.localeCompare(b.dueOn) ||
      (a.organization.name.ar ?? a.organization.name.en ?? '').localeCompare(b.organization.name.ar ?? b.organization.name.en ?? '', 'ar'),
  );
}
