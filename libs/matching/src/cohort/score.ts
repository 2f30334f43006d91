import type { CohortPairs, CohortProblem } from './types';

/**
 * Every eligible (applicant, service) pair of a cohort with its score, exactly as `matchService`
 * decides and scores it, after the plan's own rules: only services of the applicant's consortium's
 * members, none they already have an open referral to, none of a kind they have an open referral of
 * (those applicants are flagged in `blockedByKind`). Pure integer work on the typed arrays; no
 * object per pair. The property test in score.property.spec.ts holds it equal to `matchService`.
 */
export function scoreCohort(problem: CohortProblem): CohortPairs {
  const { applicantCount: A, serviceCount: S, governorateCount: G } = problem;
  const { category, gender, age, governorate, districtKey, projectSize, amountRank, amountValue, currency, needs, guarantee, group, blockedKinds, openStart, openService } = problem;
  const { places, kind, categoryMask, governorateState, projectSizeMask, serviceGender, minAge, maxAge, hasAmountRange, minRank, maxRank, serviceCurrency, fitMin, fitMax, guaranteeMask } = problem;
  const { branchStart, branchService, allowed, servicePoints, needPoints, listedGovernoratePoints, everyGovernoratePoints, districtPoints, amountFitWeight } = problem;

  let capacity = Math.max(1024, Math.min(A * S, A * 16));
  let serviceOf = new Int32Array(capacity);
  let score = new Int32Array(capacity);
  const rowStart = new Int32Array(A + 1);
  const blockedByKind = new Uint8Array(A);
  const skip = new Uint8Array(S);
  const branch = new Uint8Array(S);
  let m = 0;

  for (let a = 0; a < A; a++) {
    for (let o = openStart[a]; o < openStart[a + 1]; o++) skip[openService[o]] = 1;
    const key = districtKey[a];
    if (key >= 0) for (let b = branchStart[key]; b < branchStart[key + 1]; b++) branch[branchService[b]] = 1;

    const g = group[a];
    const row = g * S;
    const categoryBit = 1 << category[a];
    const gov = governorate[a];
    const size = projectSize[a];
    const sizeBit = 1 << size;
    const years = age[a];
    const sex = gender[a];
    const rank = amountRank[a];
    const cur = currency[a];
    const amount = amountValue[a];
    const guaranteeBit = 1 << guarantee[a];
    const needMask = needs[a];
    const blocked = blockedKinds[a];
    const need = needPoints[g];
    const listed = listedGovernoratePoints[g];
    const every = everyGovernoratePoints[g];
    const district = districtPoints[g];
    const fitWeight = amountFitWeight[g];

    for (let s = 0; s < S; s++) {
      // The plan's rules: members' services only, no second referral to the same service.
      if (allowed[row + s] === 0 || skip[s] === 1) continue;
      // matchService's hard rules, in its order (the first that fails is enough here).
      if ((categoryMask[s] & categoryBit) === 0) continue;
      const governorateCase = governorateState[s * G + gov];
      if (governorateCase === 0) continue;
      if (size !== 0 && projectSizeMask[s] !== 0 && (projectSizeMask[s] & sizeBit) === 0) continue;
      if (minAge[s] >= 0 && (years < 0 || years < minAge[s])) continue;
      if (maxAge[s] >= 0 && (years < 0 || years > maxAge[s])) continue;
      if (serviceGender[s] >= 0 && serviceGender[s] !== sex) continue;
      let fit = 0;
      if (rank >= 0) {
        if (hasAmountRange[s] === 1 && (cur !== serviceCurrency[s] || (minRank[s] >= 0 && rank < minRank[s]) || (maxRank[s] >= 0 && rank > maxRank[s]))) continue;
        const min = fitMin[s];
        const max = fitMax[s];
        if (min === min) {
          // The amount fit: 1 at the middle of the range, 0 at its ends (matchService's amountFit).
          if (max <= min) fit = 1;
          else {
            const half = (max - min) / 2;
            fit = Math.min(1, Math.max(0, 1 - Math.abs(amount - (min + half)) / half));
          }
        }
      }
      if ((guaranteeMask[s] & guaranteeBit) === 0) continue;
      if (places[s] === 0) continue;
      // Eligible. No second open referral of a kind (unless the coordinator allowed it: no bit then).
      if ((blocked & (1 << kind[s])) !== 0) {
        blockedByKind[a] = 1;
        continue;
      }
      if (m === capacity) {
        capacity *= 2;
        const grownServices = new Int32Array(capacity);
        grownServices.set(serviceOf);
        serviceOf = grownServices;
        const grownScores = new Int32Array(capacity);
        grownScores.set(score);
        score = grownScores;
      }
      serviceOf[m] = s;
      score[m] =
        ((needMask & (1 << kind[s])) !== 0 ? need : 0) +
        (governorateCase === 2 ? listed : every) +
        (branch[s] === 1 ? district : 0) +
        Math.round(fitWeight * fit * 100) +
        servicePoints[row + s];
      m++;
    }
    rowStart[a + 1] = m;

    for (let o = openStart[a]; o < openStart[a + 1]; o++) skip[openService[o]] = 0;
    if (key >= 0) for (let b = branchStart[key]; b < branchStart[key + 1]; b++) branch[branchService[b]] = 0;
  }
  return { rowStart, serviceOf: serviceOf.slice(0, m), score: score.slice(0, m), blockedByKind };
}
