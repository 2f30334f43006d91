import { allocate } from '../allocation/allocate';
import { scoreCohort } from './score';
import type { CohortPlan, CohortProblem } from './types';

/**
 * Scores a cohort (scoreCohort) and lets the exact solver place it (allocate): what a cohort
 * worker runs for one plan. Reasons: 0 placed, 1 NO_ELIGIBLE_SERVICE, 2 CAPACITY, 3 OPEN_REFERRAL_OF_KIND
 * (no eligible pair left, having lost one to an open referral of its kind).
 */
export function planCohort(problem: CohortProblem): CohortPlan {
  const started = performance.now();
  const pairs = scoreCohort(problem);
  const scored = performance.now();
  const result = allocate({
    applicantCount: problem.applicantCount,
    capacities: problem.places,
    rowStart: pairs.rowStart,
    serviceOf: pairs.serviceOf,
    score: pairs.score,
  });
  const A = problem.applicantCount;
  const scoreOfApplicant = new Int32Array(A);
  const reason = new Uint8Array(A);
  for (let a = 0; a < A; a++) {
    const s = result.serviceOfApplicant[a];
    if (s >= 0) {
      for (let j = pairs.rowStart[a]; j < pairs.rowStart[a + 1]; j++) if (pairs.serviceOf[j] === s) scoreOfApplicant[a] = Math.max(scoreOfApplicant[a], pairs.score[j]);
    } else if (result.unassignedReason[a] === 'CAPACITY') {
      reason[a] = 2;
    } else {
      reason[a] = pairs.blockedByKind[a] === 1 ? 3 : 1;
    }
  }
  return {
    serviceOfApplicant: result.serviceOfApplicant,
    scoreOfApplicant,
    reason,
    totalScore: result.totalScore,
    pairCount: pairs.serviceOf.length,
    scoreMs: scored - started,
    solveMs: performance.now() - scored,
  };
}
