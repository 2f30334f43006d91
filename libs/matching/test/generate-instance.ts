import { MAX_ALLOCATION_SCORE, type AllocationInstance } from '../src/allocation/types';

export interface GeneratorOptions {
  applicants: number;
  services: number;
  seed: number;
  /** Share of (applicant, service) pairs that are not eligible. */
  ineligibleShare?: number;
  /** Total capacity as a multiple of the applicant count. */
  capacityRatio?: number;
  /** Share of services with no remaining place. */
  zeroCapacityShare?: number;
}

/** Small fast seeded PRNG (mulberry32), uniform in [0, 1). */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded instance shaped like a real cohort: applicants of varying strength, services of varying
 * popularity (so good places are contested), ~30 % ineligible pairs, total capacity close to the
 * applicant count spread unevenly over services.
 */
export function generateInstance(options: GeneratorOptions): AllocationInstance {
  const { applicants: A, services: S, seed, ineligibleShare = 0.3, capacityRatio = 1, zeroCapacityShare = 0.02 } = options;
  const random = randomGenerator(seed);
  const strength = Float64Array.from({ length: A }, () => random());
  const popularity = Float64Array.from({ length: S }, () => random());
  const share = Float64Array.from({ length: S }, () => 0.2 + random());
  const capacities = new Array<number>(S).fill(0);
  let shareSum = 0;
  for (let s = 0; s < S; s++) {
    if (random() < zeroCapacityShare) share[s] = 0;
    shareSum += share[s];
  }
  const totalCapacity = Math.round(A * capacityRatio);
  for (let s = 0; s < S && shareSum > 0; s++) capacities[s] = Math.floor((totalCapacity * share[s]) / shareSum);

  const rowStart = new Int32Array(A + 1);
  const serviceOf = new Int32Array(A * S);
  const score = new Int32Array(A * S);
  let m = 0;
  for (let a = 0; a < A; a++) {
    for (let s = 0; s < S; s++) {
      if (random() < ineligibleShare) continue;
      const raw = 0.35 * strength[a] + 0.35 * popularity[s] + 0.3 * random();
      serviceOf[m] = s;
      score[m++] = Math.min(MAX_ALLOCATION_SCORE, Math.round(raw * MAX_ALLOCATION_SCORE));
    }
    rowStart[a + 1] = m;
  }
  return {
    applicantCount: A,
    capacities,
    rowStart,
    serviceOf: serviceOf.slice(0, m),
    score: score.slice(0, m),
  };
}
