/** Questionnaire answers of the API, shaped like the schema (with __typename), for the form and board tests. */
import { text } from './fixtures';

/** A question as the API returns it; labelled with its name unless given a label. */
export const question = (overrides: Record<string, unknown> & { name: string; type: string }) => ({
  __typename: 'Question',
  parent: null,
  label: text(overrides.name, overrides.name),
  hint: null,
  required: false,
  requiredIf: null,
  requiredMessage: null,
  constraint: null,
  constraintMessage: null,
  relevant: null,
  calculation: null,
  default: null,
  readOnly: false,
  choiceFilter: null,
  repeatCount: null,
  maxRepeats: null,
  capability: null,
  listName: null,
  choices: [],
  ...overrides,
});

export const choice = (name: string, ar: string, en: string, filters: Record<string, string> | null = null) => ({ __typename: 'Choice', name, label: text(ar, en), filters });

/** The lending-partners questionnaire of the Hadramout consortium (seed 001), cut down. */
export const lendingQuestions = [
  question({ name: 'staff', type: 'INTEGER', label: text('عدد الموظفين', 'Number of staff'), required: true }),
  question({ name: 'lends', type: 'BOOLEAN', label: text('هل تقدمون قروضاً؟', 'Do you lend?'), required: true }),
  question({
    name: 'max_amount',
    type: 'DECIMAL',
    label: text('أعلى مبلغ قرض', 'Largest loan'),
    relevant: "${lends} = 'true'",
    required: true,
    constraint: '. > 0 and . <= 5000000',
    constraintMessage: text('المبلغ بين ١ و٥ ملايين', 'Between 1 and 5 million'),
  }),
  question({
    name: 'guarantee',
    type: 'SELECT_ONE',
    label: text('الضمان المطلوب', 'Guarantee required'),
    choices: [choice('NONE', 'بدون ضمان', 'None'), choice('GROUP', 'ضمان جماعي', 'Group guarantee')],
  }),
];

export const hadramoutConsortium = { __typename: 'Consortium', id: 'cons-hadramout', timeZone: 'Asia/Aden' };

export const mffOrganization = { __typename: 'Organization', id: 'org-mff', name: text('صندوق التمويل الأصغر', 'Microfinance Fund') };

export const lendingQuestionnaire = {
  __typename: 'Questionnaire',
  id: 'q-lending-1',
  version: 1,
  published: true,
  formId: 'lending_partners',
  defaultLanguage: 'ar',
  title: text('استبيان الشركاء المقرضين', 'Lending partners questionnaire'),
  consortium: hadramoutConsortium,
  questions: lendingQuestions,
};

export function fillAssignment(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'QuestionnaireAssignment',
    id: 'asg-mff',
    status: 'DRAFT',
    revision: 3,
    dueOn: '2026-02-01',
    overdue: false,
    submittedAt: null,
    lastSavedAt: '2026-01-10T08:00:00.000Z',
    reopenedAt: null,
    reopenReason: null,
    appliedAt: null,
    answers: [{ __typename: 'Answer', question: 'staff', value: 12 }],
    organization: mffOrganization,
    questionnaire: lendingQuestionnaire,
    ...overrides,
  };
}
