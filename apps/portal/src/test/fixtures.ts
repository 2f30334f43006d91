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
