import fc from 'fast-check';
import type { Highs } from 'highs';
import { generateInstance, randomGenerator } from '../../test/generate-instance';
import { highsRuntime, solveWithHighs } from '../../test/highs-reference';
import { allocate, buildAllocationInstance, type AllocationInstance, type AllocationResult, type EligiblePair } from '.';

let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

/** Small instances: ~30 % ineligible pairs, total capacity near the applicant count, some services
 * without places, scores drawn often from a few values (ties) and some pairs repeated. */
const problemArb = (maxApplicants: number, maxServices: number) =>
  fc
    .record({
      applicantCount: fc.integer({ min: 0, max: maxApplicants }),
      serviceCount: fc.integer({ min: 1, max: maxServices }),
    })
    .chain(({ applicantCount, serviceCount }) => {
      const meanCapacity = Math.max(1, Math.ceil((2 * applicantCount) / serviceCount));
      const score = fc.oneof(fc.constantFrom(0, 2500, 5000, 5000, 10_000), fc.integer({ min: 0, max: 10_000 }));
      return fc.record({
        applicantCount: fc.constant(applicantCount),
        capacities: fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: meanCapacity }) }), {
          minLength: serviceCount,
          maxLength: serviceCount,
        }),
        cells: fc.array(
          fc.array(fc.option(score, { freq: 3 }), {
            minLength: serviceCount,
            maxLength: serviceCount,
          }),
          {
            minLength: applicantCount,
            maxLength: applicantCount,
          },
        ),
        repeats: fc.array(fc.record({ cell: fc.nat(), score }), {
          maxLength: 4,
        }),
      });
    })
    .map(({ applicantCount, capacities, cells, repeats }) => {
      const pairs: EligiblePair[] = [];
      cells.forEach((row, applicant) =>
        row.forEach((score, service) => {
          if (score !== null) pairs.push({ applicant, service, score });
        }),
      );
      for (const { cell, score } of repeats) if (pairs.length > 0) pairs.push({ ...pairs[cell % pairs.length], score });
      return { applicantCount, capacities, pairs };
    });
const pairsArb = problemArb(40, 8);

type Problem = {
  applicantCount: number;
  capacities: number[];
  pairs: EligiblePair[];
};

function bestScores(problem: Problem): Map<string, number> {
  const best = new Map<string, number>();
  for (const { applicant, service, score } of problem.pairs) {
    const key = `${applicant}:${service}`;
    best.set(key, Math.max(score, best.get(key) ?? -1));
  }
  return best;
}

/** Every constraint of the result, independently of how it was computed. */
function expectFeasible(problem: Problem, result: AllocationResult): void {
  const best = bestScores(problem);
  const load = new Array<number>(problem.capacities.length).fill(0);
  let total = 0;
  result.serviceOfApplicant.forEach((s, a) => {
    if (s < 0) return;
    expect(best.has(`${a}:${s}`)).toBe(true);
    load[s]++;
    total += best.get(`${a}:${s}`) as number;
  });
  load.forEach((n, s) => expect(n).toBeLessThanOrEqual(problem.capacities[s]));
  expect(result.totalScore).toBe(total);
  for (let a = 0; a < problem.applicantCount; a++) {
    const usable = problem.pairs.filter((p) => p.applicant === a && problem.capacities[p.service] > 0);
    if (result.serviceOfApplicant[a] >= 0) {
      expect(result.unassignedReason[a]).toBeNull();
    } else if (usable.length === 0) {
      expect(result.unassignedReason[a]).toBe('NO_ELIGIBLE_SERVICE');
    } else {
      expect(result.unassignedReason[a]).toBe('CAPACITY');
      // A free place would let the applicant in without lowering the total: CAPACITY means full.
      for (const p of usable) expect(load[p.service]).toBe(problem.capacities[p.service]);
    }
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = randomGenerator(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Exhaustive search on tiny instances: best total, then most applicants placed, and among those
 * allocations the lexicographically smallest vector of services (unplaced read as +infinity).
 */
function bruteForce(problem: Problem): {
  total: number;
  placed: number;
  services: number[];
} {
  const best = bestScores(problem);
  const options = Array.from({ length: problem.applicantCount }, (_, a) => [...problem.capacities.map((_, s) => s).filter((s) => best.has(`${a}:${s}`)), -1]);
  const load = new Array<number>(problem.capacities.length).fill(0);
  const chosen: number[] = [];
  let top = { total: -1, placed: -1, services: [] as number[] };
  const visit = (a: number, total: number, placed: number): void => {
    if (a === problem.applicantCount) {
      // Visited in lexicographic order: only a strictly better allocation replaces the first found.
      if (total > top.total || (total === top.total && placed > top.placed)) top = { total, placed, services: [...chosen] };
      return;
    }
    for (const s of options[a]) {
      if (s >= 0 && load[s] >= problem.capacities[s]) continue;
      if (s >= 0) load[s]++;
      chosen.push(s);
      visit(a + 1, total + (s >= 0 ? (best.get(`${a}:${s}`) as number) : 0), placed + (s >= 0 ? 1 : 0));
      chosen.pop();
      if (s >= 0) load[s]--;
    }
  };
  visit(0, 0, 0);
  return top;
}

describe('allocate (properties)', () => {
  it('is feasible and reaches the HiGHS optimum, independently of pair order', () => {
    fc.assert(
      fc.property(pairsArb, fc.integer(), (problem, seed) => {
        const result = allocate(buildAllocationInstance(problem));
        expectFeasible(problem, result);
        expect(result.totalScore).toBe(solveWithHighs(highs, buildAllocationInstance(problem)).totalScore);
        const again = allocate(
          buildAllocationInstance({
            ...problem,
            pairs: shuffled(problem.pairs, seed),
          }),
        );
        expect(Array.from(again.serviceOfApplicant)).toEqual(Array.from(result.serviceOfApplicant));
        expect(again.unassignedReason).toEqual(result.unassignedReason);
      }),
      { numRuns: 400 },
    );
  });

  it('places the most applicants among the best totals, then follows the lexicographic tie rule (exhaustive check)', () => {
    const tiny = problemArb(7, 3);
    fc.assert(
      fc.property(tiny, (problem) => {
        const result = allocate(buildAllocationInstance(problem));
        const placed = result.unassignedReason.filter((r) => r === null).length;
        expect({
          total: result.totalScore,
          placed,
          services: Array.from(result.serviceOfApplicant),
        }).toEqual(bruteForce(problem));
      }),
      { numRuns: 400 },
    );
  });

  it('never lowers the total when a service gains places', () => {
    fc.assert(
      fc.property(pairsArb, fc.nat(), fc.integer({ min: 1, max: 3 }), (problem, which, extra) => {
        const service = which % problem.capacities.length;
        const more = problem.capacities.map((c, s) => (s === service ? c + extra : c));
        const before = allocate(buildAllocationInstance(problem)).totalScore;
        expect(allocate(buildAllocationInstance({ ...problem, capacities: more })).totalScore).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  // Big enough for the sampled price estimates (several levels) to be used.
  it.each([
    { applicants: 300, services: 12, seed: 1, zeroCapacityShare: 0.1 },
    { applicants: 800, services: 30, seed: 2, capacityRatio: 0.8 },
    { applicants: 1500, services: 40, seed: 3, capacityRatio: 1.2 },
    { applicants: 1200, services: 25, seed: 4, ineligibleShare: 0.6 },
  ])('reaches the HiGHS optimum on a generated $applicants x $services instance', (options) => {
    const instance = generateInstance(options);
    const result = allocate(instance);
    expect(result.totalScore).toBe(solveWithHighs(highs, instance).totalScore);
    expectFeasibleCsr(instance, result);
    const reordered = reorderRows(instance, options.seed);
    expect(Array.from(allocate(reordered).serviceOfApplicant)).toEqual(Array.from(result.serviceOfApplicant));
  });

  it('reaches the HiGHS optimum on medium instances of random shape, warm start and ties included', () => {
    fc.assert(
      fc.property(
        fc.record({
          applicants: fc.integer({ min: 100, max: 500 }),
          services: fc.integer({ min: 2, max: 30 }),
          seed: fc.nat(),
          ineligibleShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
          capacityRatio: fc.double({ min: 0.2, max: 2, noNaN: true }),
          zeroCapacityShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
          coarseness: fc.constantFrom(1, 100, 1000, 5000),
        }),
        ({ coarseness, ...options }) => {
          const generated = generateInstance(options);
          const instance = { ...generated, score: generated.score.map((w) => Math.round(w / coarseness) * coarseness) };
          const result = allocate(instance);
          expectFeasibleCsr(instance, result);
          expect(result.totalScore).toBe(solveWithHighs(highs, instance).totalScore);
          expect(Array.from(allocate(reorderRows(instance, options.seed)).serviceOfApplicant)).toEqual(Array.from(result.serviceOfApplicant));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reaches the HiGHS optimum when scores tie massively', () => {
    const instance = generateInstance({
      applicants: 600,
      services: 20,
      seed: 5,
    });
    const coarse = {
      ...instance,
      score: instance.score.map((w) => Math.round(w / 2000) * 2000),
    };
    expect(allocate(coarse).totalScore).toBe(solveWithHighs(highs, coarse).totalScore);
  });
});

function expectFeasibleCsr(instance: AllocationInstance, result: AllocationResult): void {
  const load = new Array<number>(instance.capacities.length).fill(0);
  let total = 0;
  for (let a = 0; a < instance.applicantCount; a++) {
    const s = result.serviceOfApplicant[a];
    if (s < 0) continue;
    let best = -1;
    for (let j = instance.rowStart[a]; j < instance.rowStart[a + 1]; j++) if (instance.serviceOf[j] === s) best = Math.max(best, instance.score[j]);
    expect(best).toBeGreaterThanOrEqual(0);
    total += best;
    load[s]++;
  }
  load.forEach((n, s) => expect(n).toBeLessThanOrEqual(instance.capacities[s]));
  expect(result.totalScore).toBe(total);
}

/** The same instance with the pairs of every applicant in another order. */
function reorderRows(instance: AllocationInstance, seed: number): AllocationInstance {
  const serviceOf = new Int32Array(instance.serviceOf.length);
  const score = new Int32Array(instance.score.length);
  for (let a = 0; a < instance.applicantCount; a++) {
    const lo = instance.rowStart[a];
    const order = shuffled(
      Array.from({ length: instance.rowStart[a + 1] - lo }, (_, i) => lo + i),
      seed + a,
    );
    order.forEach((j, i) => {
      serviceOf[lo + i] = instance.serviceOf[j];
      score[lo + i] = instance.score[j];
    });
  }
  return { ...instance, serviceOf, score };
}
