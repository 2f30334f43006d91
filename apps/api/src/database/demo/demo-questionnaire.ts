import {
  APPLICANT_CATEGORY_LABELS,
  ApplicantCategory,
  findGovernorate,
  GUARANTEE_TYPE_LABELS,
  GuaranteeType,
  SERVICE_KIND_LABELS,
  ServiceKind,
} from '@shuraka/domain';
import type { AnswerSet, FormChoice, FormDefinition, FormQuestion } from '@shuraka/xlsform';

/**
 * The lending-partners questionnaire of seed 001: at the partners' meeting of 31/12/2017 the Hadramout consortium
 * decided that the SMEPS office follows up "the entities that have not completed the lending partners'
 * questionnaire". Questions are a plausible reading of that questionnaire: who the partner is, whether it lends,
 * and a repeat of the services it offers (its capability profile).
 */

const GOVERNORATE_CHOICES: FormChoice[] = ['YE-HD', 'YE-SH', 'YE-MR', 'YE-AB', 'YE-AD'].map((code) => {
  const governorate = findGovernorate(code)!;
  return { name: code, label: { ...governorate.name } };
});
const choicesOf = <E extends string>(labels: Record<E, { ar: string; en: string }>): FormChoice[] =>
  (Object.keys(labels) as E[]).map((name) => ({ name, label: { ...labels[name] } }));

const LOAN_KINDS = `\${kind} = 'MICRO_LOAN' or \${kind} = 'SMALL_LOAN' or \${kind} = 'GRANT'`;

const QUESTIONS: FormQuestion[] = [
  {
    name: 'intro', type: 'NOTE',
    label: {
      ar: 'يهدف هذا الاستبيان إلى التعرف على إمكانيات شركاء التمكين والإقراض في حضرموت وتنسيق خدماتهم لسد الاحتياجات الحقيقية للشباب.',
      en: "This questionnaire maps what the Hadramout empowerment and lending partners can offer, so that their services are coordinated around young people's real needs.",
    },
  },
  { name: 'organization', type: 'GROUP', label: { ar: 'بيانات الجهة', en: 'About your organisation' } },
  { name: 'contact_name', type: 'TEXT', parent: 'organization', required: true, label: { ar: 'اسم مسؤول التواصل', en: 'Contact person' } },
  {
    name: 'contact_phone', type: 'TEXT', parent: 'organization', label: { ar: 'رقم هاتف التواصل', en: 'Contact phone' },
    constraint: 'string-length(.) >= 7 and string-length(.) <= 16',
    constraintMessage: { ar: 'رقم الهاتف من 7 إلى 16 رقماً', en: 'A phone number has 7 to 16 digits' },
  },
  {
    name: 'staff_count', type: 'INTEGER', parent: 'organization', required: true, label: { ar: 'عدد الموظفين', en: 'Number of staff' },
    constraint: '. >= 1 and . <= 5000', constraintMessage: { ar: 'عدد الموظفين بين 1 و5000', en: 'Staff between 1 and 5000' },
  },
  {
    name: 'areas', type: 'SELECT_MULTIPLE', parent: 'organization', required: true, capability: 'GOVERNORATES', listName: 'governorates',
    label: { ar: 'المحافظات التي تعمل فيها الجهة', en: 'Governorates where you work' },
    hint: { ar: 'تُطبَّق على الخدمات التي لا تذكر محافظاتها', en: 'Used for services that name no governorate of their own' },
    choices: GOVERNORATE_CHOICES,
  },
  { name: 'lending', type: 'GROUP', label: { ar: 'الإقراض', en: 'Lending' } },
  { name: 'lends', type: 'BOOLEAN', parent: 'lending', required: true, label: { ar: 'هل تقدم الجهة قروضاً أو منحاً؟', en: 'Do you lend or give grants?' } },
  {
    name: 'currency', type: 'SELECT_ONE', parent: 'lending', capability: 'CURRENCY', listName: 'currencies', relevant: "${lends} = 'true'",
    requiredIf: "${lends} = 'true'", label: { ar: 'عملة القروض', en: 'Currency of loans' },
    choices: [{ name: 'YER', label: { ar: 'ريال يمني', en: 'Yemeni rial' } }, { name: 'USD', label: { ar: 'دولار أمريكي', en: 'US dollar' } }],
  },
  {
    name: 'decision_days', type: 'INTEGER', parent: 'lending', capability: 'DECISION_DAYS', relevant: "${lends} = 'true'",
    label: { ar: 'كم يوماً تحتاج الجهة للبت في طلب؟', en: 'Days you need to decide on a request' },
    constraint: '. >= 1 and . <= 365', constraintMessage: { ar: 'من 1 إلى 365 يوماً', en: 'From 1 to 365 days' },
  },
  {
    name: 'services', type: 'REPEAT', capability: 'SERVICES', maxRepeats: 20,
    label: { ar: 'الخدمات التي تقدمها الجهة', en: 'Services you offer' },
    hint: { ar: 'أضف خدمة لكل برنامج تقدمه للشباب', en: 'Add one entry per programme you offer to young people' },
  },
  {
    name: 'kind', type: 'SELECT_ONE', parent: 'services', required: true, capability: 'SERVICE_KIND', listName: 'service_kinds',
    label: { ar: 'نوع الخدمة', en: 'Kind of service' }, choices: choicesOf(SERVICE_KIND_LABELS),
  },
  { name: 'service_name', type: 'TEXT', parent: 'services', capability: 'SERVICE_NAME', label: { ar: 'اسم الخدمة', en: 'Name of the service' } },
  {
    name: 'categories', type: 'SELECT_MULTIPLE', parent: 'services', capability: 'CATEGORIES', listName: 'categories',
    label: { ar: 'الفئات المستهدفة', en: 'Who it serves' }, choices: choicesOf(APPLICANT_CATEGORY_LABELS),
  },
  {
    name: 'service_areas', type: 'SELECT_MULTIPLE', parent: 'services', capability: 'GOVERNORATES', listName: 'governorates',
    label: { ar: 'محافظات الخدمة', en: 'Governorates of the service' }, choices: GOVERNORATE_CHOICES,
  },
  {
    name: 'min_amount', type: 'DECIMAL', parent: 'services', capability: 'MIN_AMOUNT', relevant: LOAN_KINDS,
    label: { ar: 'أدنى مبلغ', en: 'Smallest amount' }, constraint: '. >= 0',
    constraintMessage: { ar: 'المبلغ لا يكون سالباً', en: 'An amount is not negative' },
  },
  {
    name: 'max_amount', type: 'DECIMAL', parent: 'services', capability: 'MAX_AMOUNT', relevant: LOAN_KINDS,
    label: { ar: 'أعلى مبلغ', en: 'Largest amount' }, constraint: '. >= coalesce(${min_amount}, 0)',
    constraintMessage: { ar: 'أعلى مبلغ لا يقل عن أدنى مبلغ', en: 'The largest amount is not below the smallest' },
  },
  {
    name: 'guarantee', type: 'SELECT_ONE', parent: 'services', capability: 'GUARANTEE', listName: 'guarantees', relevant: LOAN_KINDS,
    label: { ar: 'الضمان المطلوب', en: 'Guarantee required' }, choices: choicesOf(GUARANTEE_TYPE_LABELS),
  },
  {
    name: 'capacity', type: 'INTEGER', parent: 'services', required: true, capability: 'CAPACITY',
    label: { ar: 'عدد المستفيدين في السنة', en: 'Beneficiaries per year' }, constraint: '. >= 0 and . <= 100000',
    constraintMessage: { ar: 'من 0 إلى 100000', en: 'From 0 to 100000' },
  },
  { name: 'remarks', type: 'TEXT', label: { ar: 'ملاحظات ومقترحات للشركاء', en: 'Remarks and suggestions for the partners' } },
];

export const DEMO_QUESTIONNAIRE: FormDefinition = {
  title: { ar: 'استبيان شركاء الإقراض', en: 'Lending partners questionnaire' },
  formId: 'lending_partners',
  version: '1',
  defaultLanguage: 'ar',
  questions: QUESTIONS,
};

export interface DemoAssignment {
  /** Organisation key in DEMO_ORGANIZATIONS. */
  organizationKey: string;
  /** Due date relative to the day the demo is loaded. */
  dueInDays: number;
  state: 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED';
  daysSinceSaved?: number;
  answers?: AnswerSet;
}

/**
 * The Hadramout partners it is assigned to: three submitted (Microfinance Fund's answers differ from its
 * services: a difference to review and apply), one draft, one overdue and one not started yet.
 */
export const DEMO_ASSIGNMENTS: DemoAssignment[] = [
  {
    organizationKey: 'mff', dueInDays: 7, state: 'SUBMITTED', daysSinceSaved: 3,
    answers: {
      contact_name: 'خولة سالم سكارو', contact_phone: '+967 5 300000', staff_count: 18, areas: ['YE-HD', 'YE-SH'], lends: true,
      currency: 'YER', decision_days: 14,
      services: [
        {
          kind: ServiceKind.MICRO_LOAN, service_name: 'قرض المشروع متناهي الصغر', service_areas: ['YE-HD', 'YE-SH'],
          categories: [ApplicantCategory.UNIVERSITY_GRADUATE, ApplicantCategory.INSTITUTE_GRADUATE, ApplicantCategory.DROPOUT, ApplicantCategory.WOMAN_HEAD_OF_HOUSEHOLD, ApplicantCategory.PRODUCTIVE_FAMILY],
          min_amount: 50000, max_amount: 1500000, guarantee: GuaranteeType.GROUP, capacity: 100,
        },
        { kind: ServiceKind.SMALL_LOAN, service_name: 'قرض المشروع الصغير', min_amount: 1000000, max_amount: 5000000, guarantee: GuaranteeType.PERSONAL_GUARANTOR, capacity: 20 },
        { kind: ServiceKind.MENTORING, service_name: 'متابعة المقترضين الجدد', categories: [ApplicantCategory.UNIVERSITY_GRADUATE, ApplicantCategory.INSTITUTE_GRADUATE, ApplicantCategory.DROPOUT], capacity: 40 },
      ],
      remarks: 'نقترح توحيد نموذج الإحالة بين الشركاء.',
    },
  },
  {
    organizationKey: 'awn', dueInDays: 7, state: 'SUBMITTED', daysSinceSaved: 5,
    answers: {
      contact_name: 'محمد سالم الصبان', staff_count: 9, areas: ['YE-HD'], lends: false,
      services: [{ kind: ServiceKind.VOCATIONAL_TRAINING, service_name: 'تدريب مهني في الصيانة والحرف', categories: [ApplicantCategory.INSTITUTE_GRADUATE, ApplicantCategory.DROPOUT], capacity: 45 }],
    },
  },
  {
    organizationKey: 'nwc', dueInDays: 7, state: 'SUBMITTED', daysSinceSaved: 1,
    answers: {
      contact_name: 'فائزة فرج بامطرف', staff_count: 6, areas: ['YE-HD'], lends: false,
      services: [{ kind: ServiceKind.VOCATIONAL_TRAINING, service_name: 'تدريب مهني للنساء (خياطة وتصنيع غذائي)', capacity: 30 }],
    },
  },
  {
    organizationKey: 'rawabi', dueInDays: 7, state: 'DRAFT', daysSinceSaved: 2,
    answers: { contact_name: 'جمعان سعيد بن ناصر', staff_count: 4, services: [{ kind: ServiceKind.MARKETING_OUTLET }] },
  },
  { organizationKey: 'nahd', dueInDays: -5, state: 'NOT_STARTED' },
  { organizationKey: 'union-mfp', dueInDays: 7, state: 'NOT_STARTED' },
];
