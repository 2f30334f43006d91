import fc from 'fast-check';
import { ApplicantCategory, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';
import { compileCatalogue, compiledScores, rankCompiled, withState, type CatalogueService, type CatalogueState } from './compiled';
import { rankServices } from './match';
import type { MatchApplicant, MatchWeights, TrackRecord } from './types';
import { DEFAULT_WEIGHTS } from './weights';
import { applicantArbitrary } from '../../test/match-arbitraries';

// Few values, so that services tie on score and districts differ only by how they are written.
const GOVERNORATES = ['YE-HD', 'YE-AB', 'YE-AD', 'SA-04'];
const DISTRICTS = ['المكلا', ' المُكلا ', 'المكلا', 'زنجبار', 'ZINJIBAR', 'zinjibar', '', null];
const CURRENCIES = ['YER', 'SAR'];
const amount = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 999 })).map(([whole, thousandths]) => `${whole}.${String(thousandths).padStart(3, '0').replace(/0+$/, '') || '5'}`),
);

const applicantArb = applicantArbitrary({ governorates: GOVERNORATES, districts: DISTRICTS, currencies: [...CURRENCIES, 'YER', 'YER'], amount, noAmountFreq: 3 });

const weightsArb: fc.Arbitrary<MatchWeights> = fc.oneof(
  fc.constant({ ...DEFAULT_WEIGHTS }),
  fc
    .tuple(...Array.from({ length: 5 }, () => fc.integer({ min: 0, max: 100 })))
    .map((cuts) => {
      const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
      const [need, trackRecord, amountFit, governorate, district, capacityHeadroom] = sorted.slice(1).map((cut, index) => cut - sorted[index]);
      return { need, trackRecord, amountFit, governorate, district, capacityHeadroom };
    }),
);

const branchArb = fc.record({ governorate: fc.constantFrom(...GOVERNORATES), district: fc.constantFrom(...DISTRICTS) });
const trackRecordArb: fc.Arbitrary<TrackRecord> = fc
  .record({
    decided: fc.integer({ min: 0, max: 40 }),
    acceptedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    completedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    medianDaysToDecision: fc.option(fc.double({ min: 0, max: 60, noNaN: true })),
  })
  .map(({ decided, acceptedShare, completedShare, medianDaysToDecision }) => {
    const accepted = Math.floor(decided * acceptedShare);
    return { decided, accepted, completed: Math.floor(accepted * completedShare), medianDaysToDecision };
  });

/** Mostly `open` (no restriction), so that a fair share of the services are eligible; sometimes `restricted`. */
const mostly = <T, U>(open: T, restricted: fc.Arbitrary<U>) => fc.oneof({ weight: 3, arbitrary: fc.constant(open) }, { weight: 1, arbitrary: restricted });

const serviceFields = fc.record({
  kind: fc.constantFrom(...Object.values(ServiceKind)),
  categories: mostly([], fc.uniqueArray(fc.constantFrom(...Object.values(ApplicantCategory)), { minLength: 1, maxLength: 4 })),
  governorates: fc.uniqueArray(fc.constantFrom(...GOVERNORATES), { maxLength: 3 }),
  projectSizes: mostly([], fc.uniqueArray(fc.constantFrom(...Object.values(ProjectSize)), { minLength: 1, maxLength: 2 })),
  gender: mostly(null, fc.constantFrom(...Object.values(Gender))),
  minAge: mostly(null, fc.integer({ min: 15, max: 40 })),
  maxAge: mostly(null, fc.integer({ min: 30, max: 70 })),
  amounts: mostly(null, fc.tuple(fc.option(amount, { freq: 4 }), fc.option(amount, { freq: 4 }), fc.constantFrom(...CURRENCIES, 'YER', 'YER'))),
  guaranteeRequired: mostly(GuaranteeType.NONE, fc.constantFrom(...Object.values(GuaranteeType))),
  capacity: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 100 }) }),
  partner: fc.nat(),
});

/** A catalogue of `count` services of up to 30 partners, and the places taken and track records of one moment. */
function instanceArb(minServices: number, maxServices: number) {
  return fc
    .record({
      partners: fc.array(fc.record({ branches: fc.array(branchArb, { maxLength: 3 }), record: fc.option(trackRecordArb) }), { minLength: 1, maxLength: 30 }),
      services: fc.array(serviceFields, { minLength: minServices, maxLength: maxServices }),
      taken: fc.array(mostly(0, fc.nat({ max: 110 })), { minLength: maxServices, maxLength: maxServices }),
    })
    .map(({ partners, services, taken }) => {
      const catalogue: CatalogueService[] = services.map(({ amounts, partner, ...fields }, index) => {
        const [low, high, currency] = amounts ?? [null, null, null];
        const [minAmount, maxAmount] = low !== null && high !== null && Number(low) > Number(high) ? [high, low] : [low, high];
        const owner = partner % partners.length;
        return {
          ...fields,
          // Ids in an order unrelated to the input order, so that sorting matters.
          id: `service-${String((index * 7919) % 100_003).padStart(6, '0')}`,
          minAmount,
          maxAmount,
          currency: minAmount === null && maxAmount === null ? null : currency,
          branches: partners[owner].branches,
          partnerId: `partner-${owner}`,
        };
      });
      const state: CatalogueState = {
        placesTaken: new Map(catalogue.flatMap((service, index) => (taken[index] > 0 ? [[service.id, Math.min(taken[index], service.capacity + 3)] as const] : []))),
        trackRecords: new Map(partners.flatMap((partner, index) => (partner.record ? [[`partner-${index}`, partner.record] as const] : []))),
      };
      return { catalogue, state };
    });
}

const reference = (applicant: MatchApplicant, catalogue: CatalogueService[], state: CatalogueState, weights: MatchWeights) =>
  rankServices(
    applicant,
    catalogue.map((service) => withState(service, state)),
    weights,
  );

describe('rankCompiled', () => {
  it('returns exactly what rankServices returns, on random catalogues of up to 200 services', () => {
    // What the instances exercised: a comparison of empty lists would prove nothing.
    const seen = { eligible: 0, ties: 0, districtBonus: 0, partialFit: 0 };
    fc.assert(
      fc.property(instanceArb(0, 200), fc.array(applicantArb, { minLength: 1, maxLength: 5 }), weightsArb, ({ catalogue, state }, applicants, weights) => {
        const compiled = compileCatalogue(catalogue);
        for (const applicant of applicants) {
          const expected = reference(applicant, catalogue, state, weights);
          expect(rankCompiled(applicant, compiled, state, weights, { includeIneligible: true })).toEqual(expected);
          expect(rankCompiled(applicant, compiled, state, weights)).toEqual(expected.filter((match) => match.eligible));
          // Every score, not only the order it produces.
          const scoreOf = new Map(expected.map((match) => [match.serviceId, match.eligible ? match.scoreCentiPoints : -1]));
          expect([...compiledScores(applicant, compiled, state, weights)]).toEqual(compiled.services.map((service) => scoreOf.get(service.id)));
          const eligible = expected.filter((match) => match.eligible);
          seen.eligible += eligible.length;
          seen.ties += eligible.filter((match, index) => index > 0 && eligible[index - 1].scoreCentiPoints === match.scoreCentiPoints).length;
          seen.districtBonus += eligible.filter((match) => match.reasons.some((reason) => reason.code === 'DISTRICT_BRANCH' && reason.centiPoints > 0)).length;
          seen.partialFit += eligible.filter((match) => match.reasons.some((reason) => reason.code === 'AMOUNT_FIT' && Number(reason.params.fit) > 0 && Number(reason.params.fit) < 100)).length;
        }
      }),
      { numRuns: 300 },
    );
    expect(seen.eligible).toBeGreaterThan(500);
    expect(Math.min(seen.ties, seen.districtBonus)).toBeGreaterThan(30);
    expect(seen.partialFit).toBeGreaterThan(10);
  });

  it('cuts to `first` exactly as the resolver did (filter, then slice), at 2,000 services', () => {
    fc.assert(
      fc.property(
        instanceArb(2_000, 2_000),
        fc.array(fc.record({ applicant: applicantArb, first: fc.integer({ min: 1, max: 2_100 }), includeIneligible: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        weightsArb,
        ({ catalogue, state }, requests, weights) => {
          const compiled = compileCatalogue(catalogue);
          for (const { applicant, first, includeIneligible } of requests) {
            const expected = reference(applicant, catalogue, state, weights)
              .filter((match) => includeIneligible || match.eligible)
              .slice(0, first);
            expect(rankCompiled(applicant, compiled, state, weights, { first, includeIneligible })).toEqual(expected);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('uses the state it is given, not the one the catalogue was compiled with', () => {
    const service: CatalogueService = {
      id: 'a', kind: ServiceKind.MICRO_LOAN, categories: [], governorates: [], projectSizes: [], gender: null, minAge: null, maxAge: null,
      minAmount: null, maxAmount: null, currency: null, guaranteeRequired: GuaranteeType.NONE, capacity: 2, branches: [], partnerId: 'p',
    };
    const applicant: MatchApplicant = {
      category: ApplicantCategory.DROPOUT, gender: Gender.MALE, age: 20, governorate: 'YE-HD', district: null, projectSize: null,
      requestedAmount: null, needs: [], guaranteeOffered: GuaranteeType.NONE,
    };
    const compiled = compileCatalogue([service]);
    const free = { placesTaken: new Map(), trackRecords: new Map() };
    const full = { placesTaken: new Map([['a', 2]]), trackRecords: new Map() };
    expect(rankCompiled(applicant, compiled, free)[0].eligible).toBe(true);
    expect(rankCompiled(applicant, compiled, full)).toEqual([]);
    expect(rankCompiled(applicant, compiled, full, DEFAULT_WEIGHTS, { includeIneligible: true })[0].reasons.map((reason) => reason.code)).toEqual(['CAPACITY']);
  });
});
