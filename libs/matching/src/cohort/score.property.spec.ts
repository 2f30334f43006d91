import fc from 'fast-check';
import { ApplicantCategory, compareAmounts, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';
import { allocate, buildAllocationInstance, withoutOpenKindPairs, type EligiblePair } from '../allocation';
import { matchService } from '../scoring/match';
import type { MatchService, MatchWeights } from '../scoring/types';
import { DEFAULT_WEIGHTS } from '../scoring/weights';
import { encodeCohort, rankAmounts } from './encode';
import { planCohort } from './plan';
import { scoreCohort } from './score';
import type { CohortApplicant, CohortInput } from './types';

const GOVERNORATES = ['YE-HD', 'YE-AB', 'YE-AD', 'SA-04'];
// Spellings that fold to the same district (diacritics, alef forms, spaces) and ones that do not.
const DISTRICTS = ['المكلا', 'المُكلا', 'ألمكلا', ' المكلا ', 'زنجبار', 'خنفر', '', null];
const CURRENCIES = ['YER', 'SAR'];
const KINDS = Object.values(ServiceKind);
// Whole and decimal amounts written as the API trims them, close enough to meet the bounds often.
const amountArb = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('', '.5', '.25', '.125')).map(([whole, fraction]) => `${whole * 250}${fraction}`);

const applicantArb = (services: number, groups: number): fc.Arbitrary<CohortApplicant> =>
  fc.record({
    category: fc.constantFrom(...Object.values(ApplicantCategory)),
    gender: fc.constantFrom(...Object.values(Gender)),
    age: fc.option(fc.integer({ min: 14, max: 70 })),
    governorate: fc.constantFrom(...GOVERNORATES),
    district: fc.constantFrom(...DISTRICTS),
    projectSize: fc.option(fc.constantFrom(...Object.values(ProjectSize))),
    requestedAmount: fc.option(fc.record({ amount: amountArb, currency: fc.constantFrom(...CURRENCIES) })),
    needs: fc.uniqueArray(fc.constantFrom(...KINDS), { maxLength: 3 }),
    guaranteeOffered: fc.constantFrom(...Object.values(GuaranteeType)),
    group: fc.integer({ min: 0, max: groups - 1 }),
    openServices: fc.uniqueArray(fc.integer({ min: 0, max: services - 1 }), { maxLength: 2 }),
    openKinds: fc.uniqueArray(fc.constantFrom(...KINDS), { maxLength: 2 }),
  });

const serviceArb: fc.Arbitrary<MatchService> = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom(...KINDS.slice(0, 4)),
    categories: fc.uniqueArray(fc.constantFrom(...Object.values(ApplicantCategory)), { maxLength: 3 }),
    governorates: fc.uniqueArray(fc.constantFrom(...GOVERNORATES, 'YE-SN'), { maxLength: 2 }),
    projectSizes: fc.uniqueArray(fc.constantFrom(...Object.values(ProjectSize)), { maxLength: 2 }),
    gender: fc.option(fc.constantFrom(...Object.values(Gender))),
    minAge: fc.option(fc.integer({ min: 0, max: 40 })),
    maxAge: fc.option(fc.integer({ min: 15, max: 70 })),
    minAmount: fc.option(amountArb),
    maxAmount: fc.option(amountArb),
    currency: fc.option(fc.constantFrom(...CURRENCIES)),
    guaranteeRequired: fc.constantFrom(...Object.values(GuaranteeType)),
    capacity: fc.integer({ min: 0, max: 6 }),
    placesTaken: fc.integer({ min: 0, max: 7 }),
    branches: fc.array(fc.record({ governorate: fc.constantFrom(...GOVERNORATES), district: fc.constantFrom(...DISTRICTS) }), { maxLength: 3 }),
    trackRecord: fc.option(
      fc
        .record({ decided: fc.integer({ min: 0, max: 40 }), accepted: fc.nat(), completed: fc.nat(), medianDaysToDecision: fc.option(fc.integer({ min: 0, max: 60 })) })
        .map((record) => {
          const accepted = record.decided === 0 ? 0 : record.accepted % (record.decided + 1);
          return { ...record, accepted, completed: accepted === 0 ? 0 : record.completed % (accepted + 1) };
        }),
    ),
  });

const weightsArb: fc.Arbitrary<MatchWeights> = fc.constantFrom<MatchWeights>(DEFAULT_WEIGHTS, {
  need: 15,
  trackRecord: 5,
  amountFit: 33,
  governorate: 11,
  district: 17,
  capacityHeadroom: 19,
});

const cohortArb: fc.Arbitrary<CohortInput> = fc
  .record({ services: fc.integer({ min: 1, max: 8 }), groups: fc.integer({ min: 1, max: 3 }), applicants: fc.integer({ min: 0, max: 25 }) })
  .chain(({ services, groups, applicants }) =>
    fc.record({
      services: fc.array(serviceArb, { minLength: services, maxLength: services }),
      groups: fc.array(fc.record({ weights: weightsArb, allowedServices: fc.option(fc.array(fc.boolean(), { minLength: services, maxLength: services })) }), {
        minLength: groups,
        maxLength: groups,
      }),
      applicants: fc.array(applicantArb(services, groups), { minLength: applicants, maxLength: applicants }),
    }),
  );

/** The reference: what planAllocation did before, pair by pair with matchService and the open-referral filter. */
function referencePairs(input: CohortInput): { pairs: EligiblePair[]; blocked: Set<number> } {
  const eligible: EligiblePair[] = [];
  input.applicants.forEach((applicant, a) => {
    const group = input.groups[applicant.group];
    input.services.forEach((service, s) => {
      if (group.allowedServices && !group.allowedServices[s]) return;
      if (applicant.openServices.includes(s)) return;
      const match = matchService(applicant, service, group.weights);
      if (match.eligible) eligible.push({ applicant: a, service: s, score: match.scoreCentiPoints });
    });
  });
  // Open referrals of a kind, as the API read them: to services other than the planned one (those are open pairs).
  return withoutOpenKindPairs(eligible, input.services, (a) => input.applicants[a].openKinds.map((kind) => ({ referralId: `r${a}${kind}`, serviceId: 'elsewhere', kind })));
}

describe('cohort scoring on typed arrays', () => {
  it('finds exactly the pairs and scores matchService gives, after the plan rules (members, open referrals)', () => {
    fc.assert(
      fc.property(cohortArb, (input) => {
        const { pairs, blocked } = referencePairs(input);
        const scored = scoreCohort(encodeCohort(input));
        const actual: EligiblePair[] = [];
        for (let a = 0; a < input.applicants.length; a++) {
          for (let j = scored.rowStart[a]; j < scored.rowStart[a + 1]; j++) actual.push({ applicant: a, service: scored.serviceOf[j], score: scored.score[j] });
        }
        expect(actual).toEqual(pairs);
        expect(new Set([...scored.blockedByKind.keys()].filter((a) => scored.blockedByKind[a] === 1))).toEqual(blocked);
      }),
      { numRuns: 600 },
    );
  });

  it('plans exactly as the reference path (same pairs into the same solver, same reasons)', () => {
    fc.assert(
      fc.property(cohortArb, (input) => {
        const { pairs, blocked } = referencePairs(input);
        const places = input.services.map((service) => Math.max(0, service.capacity - service.placesTaken));
        const reference = allocate(buildAllocationInstance({ applicantCount: input.applicants.length, capacities: places, pairs }));
        const plan = planCohort(encodeCohort(input));
        expect(Array.from(plan.serviceOfApplicant)).toEqual(Array.from(reference.serviceOfApplicant));
        expect(plan.totalScore).toBe(reference.totalScore);
        const reasons = reference.unassignedReason.map((reason, a) => (reason === 'NO_ELIGIBLE_SERVICE' && blocked.has(a) ? 'OPEN_REFERRAL_OF_KIND' : reason));
        expect(Array.from(plan.reason, (code) => [null, 'NO_ELIGIBLE_SERVICE', 'CAPACITY', 'OPEN_REFERRAL_OF_KIND'][code])).toEqual(reasons);
        for (let a = 0; a < input.applicants.length; a++) {
          const s = plan.serviceOfApplicant[a];
          expect(plan.scoreOfApplicant[a]).toBe(s < 0 ? 0 : pairs.find((pair) => pair.applicant === a && pair.service === s)!.score);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('amount ranks', () => {
  it('order amounts exactly as compareAmounts does, equal amounts sharing a rank', () => {
    const decimal = fc.tuple(fc.nat({ max: 100_000 }), fc.option(fc.stringMatching(/^[0-9]{1,3}$/))).map(([whole, fraction]) => (fraction === null ? String(whole) : `${whole}.${fraction}`));
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 40 }), (amounts) => {
        const rank = rankAmounts(amounts);
        for (const a of amounts) for (const b of amounts) expect(Math.sign(rank.get(a)! - rank.get(b)!)).toBe(Math.sign(compareAmounts(a, b)));
      }),
      { numRuns: 300 },
    );
  });
});
