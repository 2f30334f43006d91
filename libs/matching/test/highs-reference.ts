import loadHighs, { type Highs } from 'highs';
import type { AllocationInstance } from '../src/allocation/types';

let runtime: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per process. */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

export interface ReferenceSolution {
  /** Optimal LP objective, rounded (the LP of this transportation problem has an integral optimum). */
  totalScore: number;
  /** Largest distance of a column value from an integer, to check integrality of the LP optimum. */
  fractionality: number;
}

/**
 * Solves the LP relaxation of the sparse assignment model with HiGHS: one column per eligible pair
 * (0 <= x <= 1), one row per applicant (sum <= 1), one row per service (sum <= capacity).
 */
export function solveWithHighs(highs: Highs, instance: AllocationInstance): ReferenceSolution {
  const { applicantCount: A, capacities, rowStart, serviceOf, score } = instance;
  const S = capacities.length;
  const m = rowStart[A];
  if (m === 0) return { totalScore: 0, fractionality: 0 };
  const starts = new Int32Array(m + 1);
  const indices = new Int32Array(2 * m);
  const values = new Float64Array(2 * m).fill(1);
  const colCost = new Float64Array(m);
  for (let a = 0; a < A; a++) {
    for (let j = rowStart[a]; j < rowStart[a + 1]; j++) {
      starts[j + 1] = 2 * (j + 1);
      indices[2 * j] = a;
      indices[2 * j + 1] = A + serviceOf[j];
      colCost[j] = score[j];
    }
  }
  const rowUpper = new Float64Array(A + S);
  rowUpper.fill(1, 0, A);
  for (let s = 0; s < S; s++) rowUpper[A + s] = capacities[s];
  return highs.withModel(
    {
      numCols: m,
      numRows: A + S,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower: new Float64Array(m),
      colUpper: new Float64Array(m).fill(1),
      rowLower: new Float64Array(A + S).fill(-highs.infinity),
      rowUpper,
      matrix: {
        format: 'csc',
        numRows: A + S,
        numCols: m,
        starts,
        indices,
        values,
      },
    },
    (model) => {
      model.options.set({ output_flag: false });
      model.run();
      const status = model.getModelStatus();
      if (status !== highs.constants.modelStatus.optimal) {
        throw new Error(`HiGHS ended with model status ${status}`);
      }
      let fractionality = 0;
      for (const x of model.getSolution().colValue) fractionality = Math.max(fractionality, Math.abs(x - Math.round(x)));
      return {
        totalScore: Math.round(model.getObjectiveValue()),
        fractionality,
      };
    },
  );
}
