import fc from 'fast-check';
import { ApplicantCategory, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';
import { exclusions, guaranteeSatisfies, matchService, rankServices } from './match';
import { reasonMessage } from './messages';
import type { MatchApplicant, MatchService } from './types';
import { DEFAULT_WEIGHTS, weightProblems } from './weights';
import { applicantArbitrary } from '../../test/match-arbitraries';

const GOVERNORATES = ['YE-HD', 'YE-AB', 'YE-AD', 'SA-04'];
const DISTRICTS = ['المكلا', 'زنجبار', 'خنفر', null];
const CURRENCIES = ['YER', 'SAR'];
const amount = fc.integer({ min: 0, max: 2_000_000 }).map(String);

const applicantArb = applicantArbitrary({ governorates: GOVERNORATES, districts: DISTRICTS, currencies: CURRENCIES, amount });

const serviceArb: fc.Arbitrary<MatchService> = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom(...Object.values(ServiceKind)),
    categories: fc.uniqueArray(fc.constantFrom(...Object.values(ApplicantCategory)), { maxLength: 3 }),
    governorates: fc.uniqueArray(fc.constantFrom(...GOVERNORATES), {
      maxLength: 2,
    }),
    projectSizes: fc.uniqueArray(fc.constantFrom(...Object.values(ProjectSize)), { maxLength: 2 }),
    gender: fc.option(fc.constantFrom(...Object.values(Gender))),
    ages: fc.option(fc.tuple(fc.integer({ min: 15, max: 40 }), fc.integer({ min: 0, max: 30 }))),
    amounts: fc.option(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...CURRENCIES))),
    guaranteeRequired: fc.constantFrom(...Object.values(GuaranteeType)),
    capacity: fc.integer({ min: 0, max: 50 }),
    placesTaken: fc.integer({ min: 0, max: 60 }),
    branches: fc.array(
      fc.record({
        governorate: fc.constantFrom(...GOVERNORATES),
        district: fc.constantFrom(...DISTRICTS),
      }),
      { maxLength: 3 },
    ),
    trackRecord: fc.option(
      fc.record({
        decided: fc.integer({ min: 0, max: 40 }),
        acceptedShare: fc.double({ min: 0, max: 1, noNaN: true }),
        completedShare: fc.double({ min: 0, max: 1, noNaN: true }),
        medianDaysToDecision: fc.option(fc.integer({ min: 0, max: 60 })),
      }),
    ),
  })
  .map(({ ages, amounts, trackRecord, ...rest }) => {
    const accepted = trackRecord ? Math.floor(trackRecord.decided * trackRecord.acceptedShare) : 0;
    return {
      ...rest,
      minAge: ages ? ages[0] : null,
      maxAge: ages ? ages[0] + ages[1] : null,
      minAmount: amounts ? String(amounts[0]) : null,
      maxAmount: amounts ? String(amounts[0] + amounts[1]) : null,
      currency: amounts ? amounts[2] : null,
      trackRecord: trackRecord
        ? {
            decided: trackRecord.decided,
            accepted,
            completed: Math.floor(accepted * trackRecord.completedShare),
            medianDaysToDecision: trackRecord.medianDaysToDecision,
          }
        : null,
    };
  });

/** The hard rules again, written independently of match.ts. */
function satisfiesEveryRule(a: MatchApplicant, s: MatchService): boolean {
  const strength = { NONE: 0, GROUP: 1, PERSONAL_GUARANTOR: 2, COLLATERAL: 3 };
  const inList = <T>(list: readonly T[], value: T | null) => list.length === 0 || value === null || list.includes(value);
  const ageOk = (s.minAge === null || (a.age !== null && a.age >= s.minAge)) && (s.maxAge === null || (a.age !== null && a.age <= s.maxAge));
  const amountOk =
    !a.requestedAmount ||
    (s.minAmount === null && s.maxAmount === null) ||
    (a.requestedAmount.currency === s.currency &&
      Number(a.requestedAmount.amount) >= Number(s.minAmount ?? 0) &&
      Number(a.requestedAmount.amount) <= Number(s.maxAmount ?? Infinity));
  return (
    (s.categories.length === 0 || s.categories.includes(a.category)) &&
    (s.governorates.length === 0 || s.governorates.includes(a.governorate)) &&
    inList(s.projectSizes, a.projectSize) &&
    ageOk &&
    (s.gender === null || s.gender === a.gender) &&
    amountOk &&
    strength[a.guaranteeOffered] >= strength[s.guaranteeRequired] &&
    s.capacity - s.placesTaken > 0
  );
}

describe('matching', () => {
  it('an eligible result satisfies every hard rule, and an excluded one breaks at least one', () => {
    fc.assert(
      fc.property(applicantArb, serviceArb, (applicant, service) => {
        const result = matchService(applicant, service);
        expect(result.eligible).toBe(satisfiesEveryRule(applicant, service));
        if (!result.eligible) expect(result.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('scores lie in 0–100 and equal the sum of their contributions', () => {
    fc.assert(
      fc.property(applicantArb, serviceArb, (applicant, service) => {
        const result = matchService(applicant, service);
        expect(result.scoreCentiPoints).toBeGreaterThanOrEqual(0);
        expect(result.scoreCentiPoints).toBeLessThanOrEqual(10_000);
        expect(Number.isInteger(result.scoreCentiPoints)).toBe(true);
        const sum = result.reasons.reduce((total, reason) => total + reason.centiPoints, 0);
        expect(result.scoreCentiPoints).toBe(result.eligible ? sum : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('ranks deterministically, whatever the order of the services', () => {
    fc.assert(
      fc.property(applicantArb, fc.array(serviceArb, { maxLength: 12 }), fc.integer(), (applicant, services, seed) => {
        const shuffled = [...services].sort((a, b) => ((a.id.charCodeAt(3) * seed) % 7) - ((b.id.charCodeAt(3) * seed) % 7));
        const ranked = rankServices(applicant, services);
        expect(rankServices(applicant, shuffled)).toEqual(ranked);
        for (let index = 1; index < ranked.length; index += 1) {
          const [before, after] = [ranked[index - 1], ranked[index]];
          if (before.eligible === after.eligible) expect(before.scoreCentiPoints).toBeGreaterThanOrEqual(after.scoreCentiPoints);
          else expect(before.eligible).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('adding capacity never lowers a score', () => {
    fc.assert(
      fc.property(applicantArb, serviceArb, fc.integer({ min: 1, max: 100 }), (applicant, service, extra) => {
        const before = matchService(applicant, service).scoreCentiPoints;
        const after = matchService(applicant, {
          ...service,
          capacity: service.capacity + extra,
        }).scoreCentiPoints;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('explains each exclusion in Arabic and English', () => {
    const applicant: MatchApplicant = {
      category: ApplicantCategory.DROPOUT,
      gender: Gender.MALE,
      age: 40,
      governorate: 'YE-AB',
      district: 'زنجبار',
      projectSize: ProjectSize.SMALL,
      requestedAmount: { amount: '9000000', currency: 'YER' },
      needs: [ServiceKind.MICRO_LOAN],
      guaranteeOffered: GuaranteeType.NONE,
    };
    const service: MatchService = {
      id: 's',
      kind: ServiceKind.MICRO_LOAN,
      categories: [ApplicantCategory.UNIVERSITY_GRADUATE],
      governorates: ['YE-HD'],
      projectSizes: [ProjectSize.MICRO],
      gender: Gender.FEMALE,
      minAge: 18,
      maxAge: 35,
      minAmount: '50000',
      maxAmount: '1000000',
      currency: 'YER',
      guaranteeRequired: GuaranteeType.GROUP,
      capacity: 3,
      placesTaken: 3,
      branches: [],
      trackRecord: null,
    };
    const reasons = exclusions(applicant, service);
    expect(reasons.map((reason) => reason.code)).toEqual(['CATEGORY', 'GOVERNORATE', 'PROJECT_SIZE', 'AGE', 'GENDER', 'AMOUNT', 'GUARANTEE', 'CAPACITY']);
    const arabic = reasons.map((reason) => reasonMessage(reason, 'ar'));
    expect(arabic[0]).toBe('الخدمة لا تشمل فئة «متسرب من التعليم»');
    expect(arabic[1]).toBe('الخدمة غير متاحة في محافظة أبين');
    expect(arabic[3]).toBe('عمر المتقدم (40) خارج الفئة العمرية للخدمة (18–35)');
    expect(reasonMessage(reasons[6], 'en')).toBe('Requires "Group guarantee"; the applicant can offer "No guarantee"');
    expect(reasonMessage(reasons[7], 'en')).toBe('No places left (capacity 3)');
    expect(arabic[5]).toBe('المبلغ المطلوب 9,000,000 ريال يمني خارج نطاق الخدمة (50,000–1,000,000 ريال يمني)');
  });

  it('explains a score part by part', () => {
    const applicant: MatchApplicant = {
      category: ApplicantCategory.UNIVERSITY_GRADUATE,
      gender: Gender.FEMALE,
      age: 24,
      governorate: 'YE-HD',
      district: 'المكلا',
      projectSize: ProjectSize.MICRO,
      requestedAmount: { amount: '525000', currency: 'YER' },
      needs: [ServiceKind.MICRO_LOAN],
      guaranteeOffered: GuaranteeType.GROUP,
    };
    const service: MatchService = {
      id: 's',
      kind: ServiceKind.MICRO_LOAN,
      categories: [],
      governorates: ['YE-HD'],
      projectSizes: [],
      gender: null,
      minAge: null,
      maxAge: null,
      minAmount: '50000',
      maxAmount: '1000000',
      currency: 'YER',
      guaranteeRequired: GuaranteeType.GROUP,
      capacity: 80,
      placesTaken: 20,
      branches: [{ governorate: 'YE-HD', district: 'المُكلا' }],
      trackRecord: {
        decided: 10,
        accepted: 8,
        completed: 4,
        medianDaysToDecision: 6,
      },
    };
    const result = matchService(applicant, service);
    const parts = Object.fromEntries(result.reasons.map((reason) => [reason.code, reason.centiPoints]));
    // need 35, governorate 10, branch 10, amount at the middle 15, 60/80 free → 7.5, record 0.4·0.8+0.3·0.5+0.3·0.8 = 0.71 → 14.2
    expect(parts).toEqual({
      NEED: 3500,
      GOVERNORATE_MATCH: 1000,
      DISTRICT_BRANCH: 1000,
      AMOUNT_FIT: 1500,
      CAPACITY_HEADROOM: 750,
      TRACK_RECORD: 1420,
    });
    expect(result.scoreCentiPoints).toBe(9170);
    expect(reasonMessage(result.reasons[2], 'ar')).toBe('للجهة فرع في مديرية المكلا');
  });

  it('accepts a stronger guarantee than required', () => {
    expect(guaranteeSatisfies(GuaranteeType.COLLATERAL, GuaranteeType.PERSONAL_GUARANTOR)).toBe(true);
    expect(guaranteeSatisfies(GuaranteeType.GROUP, GuaranteeType.PERSONAL_GUARANTOR)).toBe(false);
    expect(guaranteeSatisfies(GuaranteeType.NONE, GuaranteeType.NONE)).toBe(true);
  });

  it('checks custom weights', () => {
    expect(weightProblems(DEFAULT_WEIGHTS)).toEqual([]);
    expect(weightProblems({ ...DEFAULT_WEIGHTS, need: 40 })).toEqual(['the weights must add up to 100 (they add up to 105)']);
    expect(weightProblems({ ...DEFAULT_WEIGHTS, need: -5, trackRecord: 60 })).toContain('need must be a whole number from 0 to 100');
  });
});
