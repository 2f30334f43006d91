/** API answers shaped like the schema (with __typename, as the server sends), from the seed documents. */
export const text = (ar: string | null, en: string | null) => ({ __typename: 'LocalizedText', ar, en });
export const money = (amount: string, currency: string) => ({ __typename: 'Money', amount, currency });

export const awnMicroLoan = {
  __typename: 'Service',
  id: 'svc-awn-loan',
  name: text('قرض المشاريع متناهية الصغر', 'Micro-project loan'),
  description: text('قروض للنساء المعيلات بدون ضمانات تقليدية', null),
  kind: 'MICRO_LOAN',
  categories: ['WOMAN_HEAD_OF_HOUSEHOLD', 'DROPOUT'],
  governorates: ['YE-HD', 'YE-AB'],
  projectSizes: ['MICRO'],
  gender: 'FEMALE',
  minAge: 18,
  maxAge: 45,
  minAmount: money('100000', 'YER'),
  maxAmount: money('1500000', 'YER'),
  guaranteeRequired: 'GROUP',
  capacity: 120,
  capacityUsed: 30,
  decisionDays: 14,
};

export const awn = {
  __typename: 'Organization',
  id: 'org-awn',
  name: text('مؤسسة العون للتنمية', 'Al-Awn Foundation for Development'),
  kind: 'NGO',
  governorates: ['YE-HD', 'YE-AB'],
  branches: [{ __typename: 'Branch', name: text('فرع المكلا', 'Mukalla branch'), governorate: 'YE-HD', district: 'المكلا' }],
  services: [awnMicroLoan],
  consortia: [{ __typename: 'Consortium', id: 'cons-hadramout', name: text('شركاء التمكين والإقراض', 'Empowerment and Lending Partners'), country: 'YE' }],
};

/** A university graduate from Mukalla asking for a micro loan (seed 001: youth of Hadramout). */
export const applicantProfile = {
  __typename: 'Applicant',
  id: 'app-ahmed',
  fullName: 'أحمد سالم بن علي',
  category: 'UNIVERSITY_GRADUATE',
  gender: 'MALE',
  birthDate: '1998-03-14',
  governorate: 'YE-HD',
  district: 'المكلا',
  phone: '+967777123456',
  projectSize: 'MICRO',
  sector: 'خياطة',
  requestedAmount: money('500000', 'YER'),
  needs: ['MICRO_LOAN', 'BUSINESS_TRAINING'],
  guaranteeOffered: 'GROUP',
};

export const mff = { __typename: 'Organization', id: 'org-mff', name: text('صندوق التمويل الأصغر (الصندوق الدوار)', 'Microfinance Fund (Revolving Fund)') };
export const smeps = { __typename: 'Organization', id: 'org-smeps', name: text('وكالة تنمية المنشآت الصغيرة والأصغر', 'SMEPS') };

export const mffMicroLoan = {
  __typename: 'Service',
  id: 'svc-mff-micro',
  name: text('قرض المشروع متناهي الصغر', 'Micro-project loan'),
  kind: 'MICRO_LOAN',
  capacity: 80,
  capacityUsed: 0,
  decisionDays: 14,
  organization: mff,
};

export const smepsTraining = {
  __typename: 'Service',
  id: 'svc-smeps-training',
  name: text('تدريب ريادة الأعمال للشباب', 'Entrepreneurship training for youth'),
  kind: 'BUSINESS_TRAINING',
  capacity: 60,
  capacityUsed: 0,
  decisionDays: 10,
  organization: smeps,
};

export const awnWomenLoan = {
  __typename: 'Service',
  id: 'svc-awn-loan',
  name: text('قرض المشاريع متناهية الصغر', 'Micro-project loan for women'),
  kind: 'MICRO_LOAN',
  capacity: 120,
  capacityUsed: 30,
  decisionDays: 14,
  organization: { __typename: 'Organization', id: 'org-awn', name: text('مؤسسة العون للتنمية', 'Al-Awn Foundation for Development') },
};

const reason = (code: string, message: string, contribution: number) => ({ __typename: 'MatchReason', code, message, contribution });

export const eligibleMatches = [
  {
    __typename: 'ServiceMatch',
    score: 69.21,
    eligible: true,
    meetsNeeds: true,
    service: mffMicroLoan,
    reasons: [
      reason('NEED', '«قرض متناهي الصغر» من احتياجات المتقدم', 35),
      reason('GOVERNORATE_MATCH', 'متاحة في محافظة المتقدم (حضرموت)', 10),
      reason('DISTRICT_BRANCH', 'لا يوجد فرع للجهة في مديرية المتقدم', 0),
      reason('AMOUNT_FIT', 'ملاءمة المبلغ المطلوب لنطاق الخدمة: 95٪', 14.21),
      reason('CAPACITY_HEADROOM', '80 من 80 أماكن متاحة', 10),
      reason('TRACK_RECORD', 'لا يوجد سجل كافٍ للجهة في شركاء بعد (0 من 5 إحالات محسومة)', 0),
    ],
  },
  {
    __typename: 'ServiceMatch',
    score: 65,
    eligible: true,
    meetsNeeds: true,
    service: smepsTraining,
    reasons: [reason('NEED', '«تدريب على إدارة المشاريع» من احتياجات المتقدم', 35), reason('DISTRICT_BRANCH', 'للجهة فرع في مديرية المكلا', 10)],
  },
];

export const ineligibleMatch = {
  __typename: 'ServiceMatch',
  score: 0,
  eligible: false,
  meetsNeeds: true,
  service: awnWomenLoan,
  reasons: [
    reason('CATEGORY', 'الخدمة لا تشمل فئة «خريج جامعة»', 0),
    reason('GENDER', 'الخدمة مخصصة لفئة: أنثى', 0),
  ],
};

export function referralSummary(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Referral',
    id: 'ref-1',
    status: 'SENT',
    version: 1,
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-10T08:00:00.000Z',
    service: { __typename: 'Service', id: mffMicroLoan.id, name: mffMicroLoan.name, kind: 'MICRO_LOAN' },
    organization: mff,
    declineReason: null,
    history: [{ __typename: 'ReferralEvent', to: 'SENT', reason: null }],
    ...overrides,
  };
}

export const coordinatorUser = { __typename: 'User', id: 'user-sara', displayName: 'سارة باوزير' };
export const partnerUser = { __typename: 'User', id: 'user-khawla', displayName: 'خولة سالم سكارو' };

export function referralDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...referralSummary(),
    note: 'لديه خبرة سنتين في الخياطة.',
    decidedAt: null,
    declineReason: null,
    amountDisbursed: null,
    jobsCreated: null,
    trainingCompleted: null,
    referredBy: coordinatorUser,
    history: [
      { __typename: 'ReferralEvent', from: null, to: 'SENT', at: '2026-01-10T08:00:00.000Z', reason: null, declineReason: null, by: coordinatorUser },
    ],
    applicant: applicantProfile,
    ...overrides,
  };
}
