import { solveContracted, type CanonicalProblem } from './contracted-flow';
import { breakTiesLexicographically } from './tie-break';
import { MAX_ALLOCATION_SCORE, type AllocationInstance, type AllocationResult, type UnassignedReason } from './types';

/** Below this many applicants, solving from zero prices is cheaper than estimating them first. */
const MIN_APPLICANTS_TO_SAMPLE = 100;
/** Share of applicants kept when estimating prices on a sample. */
const SAMPLE_SHARE = 0.35;
const SAMPLE_SEED = 0x5eed;

/**
 * Chooses for each applicant at most one eligible service, within the services' capacities, so that
 * the total score is maximal. Exact (integer arithmetic throughout).
 *
 * Which optimum, when several exist (the tie rule):
 * 1. the total score is maximal;
 * 2. among those allocations, as many applicants as possible are placed (an eligible pair of score 0
 *    is used rather than left empty, so CAPACITY always means "every eligible service is full");
 * 3. among those, the vector `serviceOfApplicant` is the lexicographically smallest, reading -1
 *    (unplaced) as larger than every service: applicant 0 gets the lowest-index service it can have
 *    in such an allocation (a place rather than none, whenever possible), then applicant 1 given
 *    that, and so on. Earlier applicants (e.g. older referrals) therefore win ties.
 * That allocation is unique, so the result depends only on the instance, not on the order of its
 * pairs nor on anything else.
 *
 * How: successive shortest paths on the graph contracted to services, warm-started with prices
 * estimated on a sample of applicants (see contracted-flow.ts), then the tie rule applied on the
 * optimal face (tie-break.ts). Runs synchronously; see `allocateInWorker` for big plans.
 */
export function allocate(instance: AllocationInstance): AllocationResult {
  validateInstance(instance);
  const { applicantCount: A } = instance;
  const { problem, originalService } = canonicalize(instance);
  const K = problem.capacity.length;
  const solution = solveContracted(problem, estimatePrices(problem));
  breakTiesLexicographically(problem, solution);
  const { where } = solution;

  const serviceOfApplicant = new Int32Array(A).fill(-1);
  const unassignedReason: Array<null | UnassignedReason> = new Array(A);
  let totalScore = 0;
  for (let a = 0; a < A; a++) {
    const lo = problem.pairStart[a];
    const hi = problem.pairStart[a + 1];
    if (lo === hi) {
      unassignedReason[a] = 'NO_ELIGIBLE_SERVICE';
    } else if (where[a] === K) {
      unassignedReason[a] = 'CAPACITY';
    } else {
      const k = where[a];
      serviceOfApplicant[a] = originalService[k];
      unassignedReason[a] = null;
      for (let j = lo; j < hi; j++) if (problem.pairService[j] === k) totalScore += problem.pairScore[j];
    }
  }
  return { serviceOfApplicant, totalScore, unassignedReason };
}

/** Throws a RangeError describing the first inconsistency of the instance. */
export function validateInstance(instance: AllocationInstance): void {
  const { applicantCount: A, capacities, rowStart, serviceOf, score } = instance;
  if (!Number.isSafeInteger(A) || A < 0) throw new RangeError(`applicantCount must be a non-negative integer, got ${A}`);
  if (rowStart.length !== A + 1) throw new RangeError(`rowStart must have applicantCount + 1 = ${A + 1} entries, got ${rowStart.length}`);
  if (rowStart[0] !== 0) throw new RangeError('rowStart[0] must be 0');
  for (let a = 0; a < A; a++) {
    if (rowStart[a + 1] < rowStart[a]) throw new RangeError(`rowStart must be non-decreasing (applicant ${a})`);
  }
  const m = rowStart[A];
  if (serviceOf.length !== m || score.length !== m) {
    throw new RangeError(`serviceOf and score must have rowStart[applicantCount] = ${m} entries, got ${serviceOf.length} and ${score.length}`);
  }
  const S = capacities.length;
  for (let s = 0; s < S; s++) {
    const c = capacities[s];
    if (!Number.isSafeInteger(c) || c < 0) throw new RangeError(`capacity of service ${s} must be a non-negative integer, got ${c}`);
  }
  for (let j = 0; j < m; j++) {
    const s = serviceOf[j];
    if (s < 0 || s >= S) throw new RangeError(`pair ${j} refers to service ${s}, outside 0..${S - 1}`);
    const w = score[j];
    if (w < 0 || w > MAX_ALLOCATION_SCORE) throw new RangeError(`pair ${j} has score ${w}, outside 0..${MAX_ALLOCATION_SCORE}`);
  }
  // Weights are score * (A + 1) + 1 and heap entries pack (key, applicant) in one double.
  if ((2 * (MAX_ALLOCATION_SCORE * (A + 1) + 1) + 1) * A >= Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`too many applicants (${A}) for exact integer arithmetic`);
  }
}

function canonicalize(instance: AllocationInstance): {
  problem: CanonicalProblem;
  originalService: Int32Array;
} {
  const { applicantCount: A, capacities, rowStart, serviceOf, score } = instance;
  const S = capacities.length;
  const compactOf = new Int32Array(S).fill(-1);
  const originalService = new Int32Array(S);
  const capacity = new Int32Array(S);
  let K = 0;
  for (let s = 0; s < S; s++) {
    if (capacities[s] > 0) {
      compactOf[s] = K;
      originalService[K] = s;
      capacity[K] = Math.min(capacities[s], A);
      K++;
    }
  }
  const pairStart = new Int32Array(A + 1);
  const pairService = new Int32Array(rowStart[A]);
  const pairScore = new Int32Array(rowStart[A]);
  const best = new Int32Array(K).fill(-1);
  const touched = new Int32Array(K);
  let m = 0;
  for (let a = 0; a < A; a++) {
    let n = 0;
    for (let j = rowStart[a]; j < rowStart[a + 1]; j++) {
      const k = compactOf[serviceOf[j]];
      if (k < 0) continue;
      if (best[k] < 0) touched[n++] = k;
      if (score[j] > best[k]) best[k] = score[j];
    }
    const row = touched.subarray(0, n).sort();
    for (let i = 0; i < n; i++) {
      const k = row[i];
      pairService[m] = k;
      pairScore[m] = best[k];
      best[k] = -1;
      m++;
    }
    pairStart[a + 1] = m;
  }
  return {
    problem: {
      applicantCount: A,
      capacity: capacity.slice(0, K),
      pairStart,
      pairService: pairService.slice(0, m),
      pairScore: pairScore.slice(0, m),
    },
    originalService: originalService.slice(0, K),
  };
}

/**
 * Starting prices for `solveContracted`, in the problem's weight units: the optimal prices of a
 * seeded random sample of the applicants (SAMPLE_SHARE) with the same share of the places,
 * recursively warm-started the same way. Any prices are correct starting points (exactness does not
 * depend on them); good ones leave few overfull or underfull services to repair.
 */
function estimatePrices(problem: CanonicalProblem): Float64Array | undefined {
  const A = problem.applicantCount;
  if (A < MIN_APPLICANTS_TO_SAMPLE) return undefined;
  const sample = sampleProblem(problem, SAMPLE_SHARE);
  const sampled = solveContracted(sample, estimatePrices(sample));
  const K = problem.capacity.length;
  const price = new Float64Array(K + 1);
  // Prices are in weight units, score * scale + (a small count term): rescale the score part only,
  // so that a price sitting exactly on a weight (ties, e.g. equal scores) stays exactly on it.
  for (let k = 0; k < K; k++) {
    const relative = sampled.price[k] - sampled.price[K];
    const scorePart = Math.floor(relative / sampled.scale);
    price[k] = scorePart * (A + 1) + (relative - scorePart * sampled.scale);
  }
  return price;
}

function sampleProblem(problem: CanonicalProblem, share: number): CanonicalProblem {
  const random = mulberry32(SAMPLE_SEED ^ problem.applicantCount);
  const { pairStart, pairService, pairScore } = problem;
  const kept: number[] = [];
  for (let a = 0; a < problem.applicantCount; a++) if (random() < share) kept.push(a);
  const subStart = new Int32Array(kept.length + 1);
  let m = 0;
  for (let i = 0; i < kept.length; i++) {
    m += pairStart[kept[i] + 1] - pairStart[kept[i]];
    subStart[i + 1] = m;
  }
  const subService = new Int32Array(m);
  const subScore = new Int32Array(m);
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    subService.set(pairService.subarray(pairStart[a], pairStart[a + 1]), subStart[i]);
    subScore.set(pairScore.subarray(pairStart[a], pairStart[a + 1]), subStart[i]);
  }
  const capacity = problem.capacity.map((c) => Math.min(kept.length, Math.floor(c * share + random())));
  return {
    applicantCount: kept.length,
    capacity,
    pairStart: subStart,
    pairService: subService,
    pairScore: subScore,
  };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
