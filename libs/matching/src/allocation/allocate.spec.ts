import { allocate, buildAllocationInstance, type AllocationInstance, type EligiblePair } from '.';

const instance = (applicantCount: number, capacities: number[], pairs: Array<[number, number, number]>): AllocationInstance =>
  buildAllocationInstance({
    applicantCount,
    capacities,
    pairs: pairs.map(([applicant, service, score]) => ({
      applicant,
      service,
      score,
    })),
  });

describe('allocate', () => {
  it('handles an empty instance', () => {
    const result = allocate(instance(0, [3], []));
    expect(Array.from(result.serviceOfApplicant)).toEqual([]);
    expect(result.totalScore).toBe(0);
    expect(result.unassignedReason).toEqual([]);
  });

  it('reports NO_ELIGIBLE_SERVICE for applicants without pairs or whose services have no place', () => {
    const result = allocate(
      instance(
        3,
        [0, 2],
        [
          [0, 0, 9000],
          [2, 1, 100],
        ],
      ),
    );
    expect(Array.from(result.serviceOfApplicant)).toEqual([-1, -1, 1]);
    expect(result.unassignedReason).toEqual(['NO_ELIGIBLE_SERVICE', 'NO_ELIGIBLE_SERVICE', null]);
    expect(result.totalScore).toBe(100);
  });

  it('fills one service with the best scores and reports CAPACITY for the others', () => {
    const result = allocate(
      instance(
        4,
        [2],
        [
          [0, 0, 10],
          [1, 0, 40],
          [2, 0, 30],
          [3, 0, 20],
        ],
      ),
    );
    expect(Array.from(result.serviceOfApplicant)).toEqual([-1, 0, 0, -1]);
    expect(result.unassignedReason).toEqual(['CAPACITY', null, null, 'CAPACITY']);
    expect(result.totalScore).toBe(70);
  });

  it('finds the optimum where greedy does not', () => {
    // Greedy gives applicant 0 its best service (10) and leaves applicant 1 out: 10. Optimal: 9 + 9.
    const result = allocate(
      instance(
        2,
        [1, 1],
        [
          [0, 0, 10],
          [0, 1, 9],
          [1, 0, 9],
        ],
      ),
    );
    expect(Array.from(result.serviceOfApplicant)).toEqual([1, 0]);
    expect(result.totalScore).toBe(18);
  });

  it('follows long chains of moves', () => {
    // Applicant i prefers service i (score 100) and accepts service i + 1 (score 99); the last
    // applicant only fits service 0, which frees places along the whole chain.
    const n = 30;
    const pairs: Array<[number, number, number]> = [];
    for (let i = 0; i < n; i++) pairs.push([i, i, 100], [i, i + 1, 99]);
    pairs.push([n, 0, 100]);
    const result = allocate(instance(n + 1, new Array(n + 1).fill(1), pairs));
    expect(result.totalScore).toBe(n * 99 + 100);
    expect(result.serviceOfApplicant[n]).toBe(0);
  });

  it('places applicants on score-0 pairs rather than leaving them out', () => {
    const result = allocate(
      instance(
        2,
        [1, 1],
        [
          [0, 0, 0],
          [1, 1, 0],
        ],
      ),
    );
    expect(Array.from(result.serviceOfApplicant)).toEqual([0, 1]);
    expect(result.unassignedReason).toEqual([null, null]);
    expect(result.totalScore).toBe(0);
  });

  it('counts a repeated pair once, with its best score', () => {
    const result = allocate(
      instance(
        1,
        [1],
        [
          [0, 0, 10],
          [0, 0, 70],
          [0, 0, 20],
        ],
      ),
    );
    expect(result.totalScore).toBe(70);
  });

  it('breaks ties the same way whatever the order of the pairs', () => {
    const pairs: EligiblePair[] = [];
    for (let a = 0; a < 6; a++) for (let s = 0; s < 3; s++) pairs.push({ applicant: a, service: s, score: 5000 });
    const forward = allocate(
      buildAllocationInstance({
        applicantCount: 6,
        capacities: [1, 2, 1],
        pairs,
      }),
    );
    const backward = allocate(
      buildAllocationInstance({
        applicantCount: 6,
        capacities: [1, 2, 1],
        pairs: [...pairs].reverse(),
      }),
    );
    expect(Array.from(backward.serviceOfApplicant)).toEqual(Array.from(forward.serviceOfApplicant));
    expect(forward.totalScore).toBe(20000);
    // Lexicographically smallest among optimal allocations, unplaced last.
    expect(Array.from(forward.serviceOfApplicant)).toEqual([0, 1, 1, 2, -1, -1]);
  });

  it('keeps the lower-index applicant when two tie for the last place', () => {
    const result = allocate(
      instance(
        3,
        [1],
        [
          [0, 0, 50],
          [2, 0, 80],
          [1, 0, 80],
        ],
      ),
    );
    expect(Array.from(result.serviceOfApplicant)).toEqual([-1, 0, -1]);
  });

  it('gives the lower-index applicant the lower-index service among equal optima', () => {
    // 60 + 30 = 40 + 50: the rule picks the allocation where applicant 0 has service 0.
    const result = allocate(
      instance(
        2,
        [1, 1],
        [
          [0, 1, 40],
          [0, 0, 60],
          [1, 0, 50],
          [1, 1, 30],
        ],
      ),
    );
    expect(Array.from(result.serviceOfApplicant)).toEqual([0, 1]);
    expect(result.totalScore).toBe(90);
  });

  it('rejects inconsistent instances', () => {
    const base = instance(
      2,
      [1],
      [
        [0, 0, 5],
        [1, 0, 6],
      ],
    );
    expect(() => allocate({ ...base, score: Int32Array.of(5, 10_001) })).toThrow(RangeError);
    expect(() => allocate({ ...base, serviceOf: Int32Array.of(0, 1) })).toThrow(/service 1/);
    expect(() => allocate({ ...base, capacities: [-1] })).toThrow(/capacity/);
    expect(() => allocate({ ...base, capacities: [1.5] })).toThrow(/capacity/);
    expect(() => allocate({ ...base, rowStart: Int32Array.of(0, 2, 1) })).toThrow(/non-decreasing/);
    expect(() => allocate({ ...base, applicantCount: 3 })).toThrow(/rowStart/);
    expect(() =>
      buildAllocationInstance({
        applicantCount: 1,
        capacities: [1],
        pairs: [{ applicant: 1, service: 0, score: 1 }],
      }),
    ).toThrow(/applicant 1/);
  });
});
