import { describe, expect, it } from 'vitest';
import type { AllocationPlanFieldsFragment } from '../../../gql/graphql';
import { reviewPlan } from './plan-review';

const name = (ar: string, en: string) => ({ ar, en });
const org = { id: 'org-mff', name: name('صندوق التمويل الأصغر', 'Microfinance Fund') };
const microLoan = {
  id: 'svc-micro',
  name: name('قرض المشروع متناهي الصغر', 'Micro-project loan'),
  kind: 'MICRO_LOAN' as const,
  capacity: 80,
  capacityUsed: 0,
  organization: org,
};
const smallLoan = {
  id: 'svc-small',
  name: name('قرض المشروع الصغير', 'Small-project loan'),
  kind: 'SMALL_LOAN' as const,
  capacity: 20,
  capacityUsed: 0,
  organization: org,
};
const training = {
  id: 'svc-training',
  name: name('تدريب ريادة الأعمال', 'Entrepreneurship training'),
  kind: 'BUSINESS_TRAINING' as const,
  capacity: 60,
  capacityUsed: 0,
  organization: org,
};
const person = (id: string, fullName: string) => ({ id, fullName, category: 'UNIVERSITY_GRADUATE' as const, governorate: 'YE-HD' });

const plan: AllocationPlanFieldsFragment = {
  id: 'plan-1',
  committed: false,
  totalScore: 273.73,
  assignments: [
    { score: 62.5, applicant: person('a3', 'سالم الكثيري'), service: smallLoan },
    { score: 69.21, applicant: person('a1', 'أحمد بن علي'), service: microLoan },
    { score: 65, applicant: person('a4', 'عمر باوزير'), service: training },
    { score: 77.02, applicant: person('a2', 'فاطمة باحميد'), service: microLoan },
  ],
  unassignedReasons: [
    { reason: 'CAPACITY', message: 'الأماكن المتاحة ذهبت لمتقدمين أنسب لها', applicant: person('a5', 'خالد') },
    { reason: 'NO_ELIGIBLE_SERVICE', message: 'لا توجد خدمة مناسبة له بأماكن متاحة', applicant: person('a6', 'مريم') },
    { reason: 'CAPACITY', message: 'الأماكن المتاحة ذهبت لمتقدمين أنسب لها', applicant: person('a7', 'هدى') },
  ],
};

describe('reviewPlan', () => {
  it('groups the placements by service, the fullest service first, the best fit first within each', () => {
    const review = reviewPlan(plan, 'en');
    expect(review.byService.map((group) => [group.service.id, group.assignments.map((a) => a.applicant.id), group.score])).toEqual([
      ['svc-micro', ['a2', 'a1'], 146.23],
      // Services with as many placements are ordered by name.
      ['svc-training', ['a4'], 65],
      ['svc-small', ['a3'], 62.5],
    ]);
  });

  it('groups the applicants left out by reason, no fitting service first', () => {
    const review = reviewPlan(plan, 'ar');
    expect(review.unassigned.map((group) => [group.reason, group.entries.map((entry) => entry.applicant.id)])).toEqual([
      ['NO_ELIGIBLE_SERVICE', ['a6']],
      ['CAPACITY', ['a5', 'a7']],
    ]);
  });

  it('counts the cohort and the referrals a commit would send', () => {
    expect(reviewPlan(plan, 'ar')).toMatchObject({ placed: 4, notPlaced: 3, total: 7, totalScore: 273.73, referralsToSend: 4 });
    expect(reviewPlan({ ...plan, committed: true }, 'ar').referralsToSend).toBe(0);
    expect(reviewPlan({ ...plan, assignments: [], unassignedReasons: [], totalScore: 0 }, 'ar')).toMatchObject({
      byService: [],
      unassigned: [],
      total: 0,
    });
  });
});
