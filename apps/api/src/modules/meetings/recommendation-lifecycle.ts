import { RecommendationStatus } from '@shuraka/domain';

/**
 * How a recommendation's status may move (docs/meetings.md):
 * OPEN → IN_PROGRESS, IN_PROGRESS → OPEN, OPEN | IN_PROGRESS → DONE, OPEN | IN_PROGRESS → DROPPED (with a reason),
 * DONE | DROPPED → OPEN | IN_PROGRESS (reopening, with a reason). DONE ↔ DROPPED directly is refused: reopen first.
 */
export type StatusMove =
  /** The same status: nothing moves (a note alone may still be added). */
  | { kind: 'none' }
  | { kind: 'move'; closes: boolean; reopens: boolean; needsReason: boolean }
  | { kind: 'refused'; message: string };

const CLOSED: readonly RecommendationStatus[] = [RecommendationStatus.DONE, RecommendationStatus.DROPPED];

export const isClosed = (status: RecommendationStatus): boolean => CLOSED.includes(status);

export function statusMove(from: RecommendationStatus, to: RecommendationStatus): StatusMove {
  if (from === to) return { kind: 'none' };
  if (isClosed(from) && isClosed(to)) {
    return { kind: 'refused', message: `A ${from} recommendation cannot become ${to} directly: reopen it (OPEN or IN_PROGRESS) first` };
  }
  const reopens = isClosed(from);
  return { kind: 'move', closes: isClosed(to), reopens, needsReason: reopens || to === RecommendationStatus.DROPPED };
}

/** The bilingual message for a move that needs a reason and came without one (field `progressNote`). */
export function reasonMissing(from: RecommendationStatus, to: RecommendationStatus): { en: string; ar: string } {
  if (to === RecommendationStatus.DROPPED) {
    return { en: 'say why the recommendation is dropped', ar: 'اذكر سبب إلغاء التوصية' };
  }
  return { en: `say why the ${from === RecommendationStatus.DONE ? 'done' : 'dropped'} recommendation is reopened`, ar: 'اذكر سبب إعادة فتح التوصية' };
}

/** OPEN or IN_PROGRESS and past its due date; `today` is the consortium's calendar date (YYYY-MM-DD). */
export function isOverdue(status: RecommendationStatus, dueOn: string | null, today: string): boolean {
  return !isClosed(status) && dueOn !== null && dueOn < today;
}

/**
 * The same rule in SQL over a recommendation `r` joined with its consortium `c`, for filters and counts:
 * `:now` is the app clock's instant, turned into the consortium's date in its time zone.
 */
export const OVERDUE_SQL = `(r.status IN ('OPEN', 'IN_PROGRESS') AND r.due_on < (CAST(:now AS timestamptz) AT TIME ZONE c.time_zone)::date)`;
