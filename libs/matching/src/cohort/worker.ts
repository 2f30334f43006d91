import { planCohort } from './plan';
import type { CohortProblem } from './types';

/** The cohort pool's default worker module: plans the problem it is sent (planCohort), its answer's arrays transferred. */
export function handle(problem: CohortProblem) {
  const plan = planCohort(problem);
  return { reply: plan, transfer: [plan.serviceOfApplicant.buffer, plan.scoreOfApplicant.buffer, plan.reason.buffer] };
}
