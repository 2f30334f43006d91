import {
  ApplicantCategory as C,
  Gender,
  GuaranteeType as G,
  MemberRole,
  OrganizationKind as K,
  ProjectSize as P,
  ReferralStatus,
  Role,
  ServiceKind as S,
} from '@shuraka/domain';

/**
 * The demo consortium, built from the seed documents (shared/seeds): the Hadramout Empowerment and
 * Lending Partners (meeting of 31/12/2017), the Union Microfinance Programme of the Yemen Women's
 * Union in Abyan, the Jana centre in Dammam with the Social Development Bank, and the Bahrain
 * development group of the Arab Network for NGOs. Figures in service descriptions come from the seeds;
 * capacities, amounts and decision times are plausible values for a demonstration.
 */

export interface DemoBranch { ar: string; en: string; governorate: string; district?: string }
export interface DemoService {
  ar: string; en: string; descriptionAr?: string; descriptionEn?: string; kind: S; categories: C[];
  governorates: string[]; projectSizes?: P[]; gender?: Gender; minAge?: number; maxAge?: number;
  amount?: { min: string; max: string; currency: string }; guarantee: G; capacity: number; decisionDays?: number;
}
export interface DemoOrganization {
  key: string; ar: string; en: string; kind: K; governorates: string[]; branches?: DemoBranch[]; services?: DemoService[];
}
export interface DemoConsortium {
  ar: string; en: string; country: string; purposeAr: string; purposeEn: string;
  members: Array<{ key: string; role: MemberRole }>;
}
export interface DemoUser { email: string; displayName: string; role: Role; organizationKey?: string }

const YOUTH = [C.UNIVERSITY_GRADUATE, C.INSTITUTE_GRADUATE, C.DROPOUT];

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'smeps', kind: K.SME_AGENCY, governorates: ['YE-HD'],
    ar: 'وكالة تنمية المنشآت الصغيرة والأصغر (SMEPS) - فرع حضرموت',
    en: 'Small and Micro Enterprise Promotion Service (SMEPS) – Hadramout branch',
    branches: [{ ar: 'فرع حضرموت', en: 'Hadramout branch', governorate: 'YE-HD', district: 'المكلا' }],
    services: [
      { ar: 'تدريب ريادة الأعمال للشباب', en: 'Entrepreneurship training for youth', kind: S.BUSINESS_TRAINING,
        categories: YOUTH, governorates: ['YE-HD'], projectSizes: [P.MICRO, P.SMALL], minAge: 18, maxAge: 35,
        guarantee: G.NONE, capacity: 60, decisionDays: 10 },
      { ar: 'إرشاد ومتابعة المشاريع الناشئة', en: 'Mentoring for new projects', kind: S.MENTORING,
        categories: YOUTH, governorates: ['YE-HD'], guarantee: G.NONE, capacity: 25, decisionDays: 14 },
    ],
  },
  {
    key: 'sfd', kind: K.DEVELOPMENT_FUND, governorates: ['YE-HD', 'YE-AB', 'YE-AD', 'YE-SA'],
    ar: 'الصندوق الاجتماعي للتنمية', en: 'Social Fund for Development',
    branches: [
      { ar: 'فرع المكلا', en: 'Mukalla branch', governorate: 'YE-HD', district: 'المكلا' },
      { ar: 'فرع عدن', en: 'Aden branch', governorate: 'YE-AD', district: 'خور مكسر' },
    ],
    services: [
      { ar: 'منح تأسيس المشاريع متناهية الصغر', en: 'Start-up grants for micro projects', kind: S.GRANT,
        categories: [C.WOMAN_HEAD_OF_HOUSEHOLD, C.PRODUCTIVE_FAMILY, C.DROPOUT], governorates: ['YE-HD', 'YE-AB'],
        projectSizes: [P.MICRO], amount: { min: '100000', max: '500000', currency: 'YER' }, guarantee: G.NONE,
        capacity: 40, decisionDays: 30 },
    ],
  },
  {
    key: 'nwc', kind: K.GOVERNMENT, governorates: ['YE-HD'],
    ar: 'اللجنة الوطنية للمرأة - ساحل حضرموت', en: "National Women's Committee – Hadramout Coast",
    services: [
      { ar: 'تدريب مهني للنساء (خياطة وتصنيع غذائي)', en: 'Vocational training for women (sewing, food processing)',
        kind: S.VOCATIONAL_TRAINING, categories: [C.WOMAN_HEAD_OF_HOUSEHOLD, C.PRODUCTIVE_FAMILY, C.DROPOUT],
        governorates: ['YE-HD'], gender: Gender.FEMALE, minAge: 16, guarantee: G.NONE, capacity: 30, decisionDays: 7 },
    ],
  },
  {
    key: 'awn', kind: K.NGO, governorates: ['YE-HD'],
    ar: 'مؤسسة العون للتنمية', en: 'Al-Awn Foundation for Development',
    branches: [{ ar: 'المقر الرئيسي', en: 'Head office', governorate: 'YE-HD', district: 'المكلا' }],
    services: [
      { ar: 'تدريب مهني في الصيانة والحرف', en: 'Vocational training in repairs and crafts', kind: S.VOCATIONAL_TRAINING,
        categories: [C.DROPOUT, C.INSTITUTE_GRADUATE], governorates: ['YE-HD'], minAge: 16, maxAge: 30,
        guarantee: G.NONE, capacity: 45, decisionDays: 10 },
    ],
  },
  {
    key: 'rawabi', kind: K.NGO, governorates: ['YE-HD'],
    ar: 'مؤسسة روابي الخير التنموية', en: 'Rawabi Al-Khair Development Foundation',
    services: [
      { ar: 'منافذ تسويق منتجات الأسر المنتجة', en: 'Marketing outlets for productive families', kind: S.MARKETING_OUTLET,
        categories: [C.PRODUCTIVE_FAMILY, C.WOMAN_HEAD_OF_HOUSEHOLD], governorates: ['YE-HD'], guarantee: G.NONE,
        capacity: 20, decisionDays: 14 },
    ],
  },
  {
    key: 'mff', kind: K.MICROFINANCE_PROGRAM, governorates: ['YE-HD'],
    ar: 'صندوق التمويل الأصغر (الصندوق الدوار)', en: 'Microfinance Fund (Revolving Fund)',
    services: [
      { ar: 'قرض المشروع متناهي الصغر', en: 'Micro-project loan', kind: S.MICRO_LOAN,
        categories: [...YOUTH, C.WOMAN_HEAD_OF_HOUSEHOLD, C.PRODUCTIVE_FAMILY], governorates: ['YE-HD'],
        projectSizes: [P.MICRO], minAge: 18, maxAge: 60, amount: { min: '50000', max: '1000000', currency: 'YER' },
        guarantee: G.GROUP, capacity: 80, decisionDays: 14 },
      { ar: 'قرض المشروع الصغير', en: 'Small-project loan', kind: S.SMALL_LOAN, categories: YOUTH,
        governorates: ['YE-HD'], projectSizes: [P.SMALL], minAge: 21, maxAge: 45,
        amount: { min: '1000000', max: '5000000', currency: 'YER' }, guarantee: G.PERSONAL_GUARANTOR,
        capacity: 20, decisionDays: 21 },
    ],
  },
  {
    key: 'nahd', kind: K.NGO, governorates: ['YE-HD'],
    ar: 'مؤسسة نهد التنموية', en: 'Nahd Development Foundation',
    services: [
      { ar: 'احتضان مشاريع خريجي الجامعات', en: 'Incubation for university graduates', kind: S.INCUBATION,
        categories: [C.UNIVERSITY_GRADUATE], governorates: ['YE-HD'], projectSizes: [P.SMALL], minAge: 21, maxAge: 35,
        guarantee: G.NONE, capacity: 12, decisionDays: 21 },
    ],
  },
  {
    key: 'youth-office', kind: K.GOVERNMENT, governorates: ['YE-HD'],
    ar: 'مكتب وكيل محافظة حضرموت لشؤون الشباب', en: "Office of Hadramout's Deputy Governor for Youth Affairs",
  },
  {
    key: 'ywu-abyan', kind: K.NGO, governorates: ['YE-AB'],
    ar: 'اتحاد نساء اليمن - فرع أبين', en: "Yemen Women's Union – Abyan branch",
    branches: [{ ar: 'مكتب أبين', en: 'Abyan office', governorate: 'YE-AB', district: 'زنجبار' }],
  },
  {
    key: 'union-mfp', kind: K.MICROFINANCE_PROGRAM, governorates: ['YE-AB', 'YE-HD', 'YE-AD'],
    ar: 'برنامج الاتحاد للتمويل الأصغر', en: 'Union Microfinance Programme',
    branches: [
      { ar: 'المكتب الرئيسي', en: 'Head office', governorate: 'YE-AD', district: 'المنصورة' },
      { ar: 'فرع زنجبار', en: 'Zinjibar branch', governorate: 'YE-AB', district: 'زنجبار' },
      { ar: 'فرع جعار', en: "Ja'ar branch", governorate: 'YE-AB', district: 'خنفر' },
      { ar: 'فرع الكود', en: 'Al-Kod branch', governorate: 'YE-AB', district: 'زنجبار' },
      { ar: 'فرع المكلا', en: 'Mukalla branch', governorate: 'YE-HD', district: 'المكلا' },
      { ar: 'فرع الشيخ عثمان', en: 'Sheikh Othman branch', governorate: 'YE-AD', district: 'الشيخ عثمان' },
      { ar: 'فرع المنصورة', en: 'Al-Mansoura branch', governorate: 'YE-AD', district: 'المنصورة' },
    ],
    services: [
      { ar: 'قروض التمويل الأصغر للأسر', en: 'Family microloans', kind: S.MICRO_LOAN,
        descriptionAr: 'مساعدة ذاتية للذكور والإناث لتحسين دخل الأسر محدودة الدخل؛ 74 موظفاً في ستة فروع.',
        descriptionEn: 'Self-help lending to women and men to lift the income of poor families; 74 staff in six branches.',
        categories: [C.WOMAN_HEAD_OF_HOUSEHOLD, C.PRODUCTIVE_FAMILY, C.DROPOUT, C.INSTITUTE_GRADUATE],
        governorates: ['YE-AB', 'YE-HD', 'YE-AD'], projectSizes: [P.MICRO], minAge: 18, maxAge: 60,
        amount: { min: '30000', max: '800000', currency: 'YER' }, guarantee: G.GROUP, capacity: 150, decisionDays: 10 },
    ],
  },
  { key: 'grameen-jameel', kind: K.DONOR, governorates: [], ar: 'منظمة جرامين جميل', en: 'Grameen Jameel' },
  {
    key: 'jana', kind: K.MICROFINANCE_PROGRAM, governorates: ['SA-04', 'SA-09', 'SA-12', 'SA-03'],
    ar: 'مركز بناء الأسر المنتجة «جنى»', en: 'Jana Centre for Productive Families',
    branches: [{ ar: 'المقر الرئيسي - الدمام', en: 'Head office – Dammam', governorate: 'SA-04', district: 'الدمام' }],
    services: [
      { ar: 'قروض متناهية الصغر للنساء دون كفالات تقليدية', en: 'Micro-loans for women without traditional guarantees',
        descriptionAr: 'أكثر من 145 ألف فرصة عمل وقروض تتجاوز 1.3 مليار ريال حتى منتصف 2020، ونسبة تحصيل 99٪.',
        descriptionEn: 'Over 145,000 jobs and loans above SAR 1.3 billion by mid-2020, with a 99 % collection rate.',
        kind: S.MICRO_LOAN, categories: [C.PRODUCTIVE_FAMILY, C.WOMAN_HEAD_OF_HOUSEHOLD], governorates: ['SA-04'],
        projectSizes: [P.MICRO], gender: Gender.FEMALE, minAge: 18,
        amount: { min: '5000', max: '60000', currency: 'SAR' }, guarantee: G.NONE, capacity: 400, decisionDays: 14 },
      { ar: 'مشروع «يمام»: كافتيريات في البنوك والجامعات', en: '"Yamam": cafeterias in banks and universities',
        kind: S.MARKETING_OUTLET, categories: [C.PRODUCTIVE_FAMILY], governorates: ['SA-04'], gender: Gender.FEMALE,
        guarantee: G.NONE, capacity: 40, decisionDays: 21 },
      { ar: 'تشغيل المقاصف المدرسية', en: 'School canteen operation',
        descriptionAr: '331 مقصفاً مدرسياً باتفاقيات مع 12 إدارة تعليم.',
        descriptionEn: '331 school canteens under agreements with 12 education departments.',
        kind: S.MARKETING_OUTLET, categories: [C.PRODUCTIVE_FAMILY], governorates: ['SA-04'], gender: Gender.FEMALE,
        guarantee: G.NONE, capacity: 331, decisionDays: 30 },
      { ar: 'مشروع «نوافذ»: تسويق المنتجات في محلات التجزئة', en: '"Nawafedh": retail windows for products',
        kind: S.MARKETING_OUTLET, categories: [C.PRODUCTIVE_FAMILY], governorates: ['SA-04'], guarantee: G.NONE,
        capacity: 60, decisionDays: 14 },
    ],
  },
  { key: 'sdb', kind: K.BANK, governorates: ['SA-01', 'SA-04'], ar: 'بنك التنمية الاجتماعية', en: 'Social Development Bank' },
  {
    key: 'bahrain-girls', kind: K.NGO, governorates: ['BH-13'],
    ar: 'جمعية نهضة فتاة البحرين', en: 'Bahrain Young Ladies Association',
    branches: [{ ar: 'المقر - المنامة', en: 'Head office – Manama', governorate: 'BH-13', district: 'المنامة' }],
    services: [
      { ar: 'تدريب النساء المعيلات على إعادة تدوير الورق والألمنيوم والبلاستيك',
        en: 'Recycling jobs training for women heading households', kind: S.VOCATIONAL_TRAINING,
        categories: [C.WOMAN_HEAD_OF_HOUSEHOLD], governorates: ['BH-13', 'BH-14', 'BH-17'], gender: Gender.FEMALE,
        guarantee: G.NONE, capacity: 50, decisionDays: 14 },
    ],
  },
  { key: 'rural-girls', kind: K.NGO, governorates: ['BH-17'], ar: 'جمعية نهضة فتاة الريف', en: 'Rural Girls Renaissance Society' },
  { key: 'sitra', kind: K.NGO, governorates: ['BH-13'], ar: 'جمعية سترة للارتقاء بالمرأة', en: 'Sitra Society for Women Advancement' },
  { key: 'hamad-women', kind: K.NGO, governorates: ['BH-14'], ar: 'جمعية حمد النسائية', en: 'Hamad Women Society' },
  { key: 'almajed', kind: K.PRIVATE_COMPANY, governorates: ['BH-13'], ar: 'مصنع الماجد لإعادة التدوير', en: 'Al-Majed Recycling Factory' },
  { key: 'bh-social', kind: K.GOVERNMENT, governorates: ['BH-13'], ar: 'وزارة التنمية الاجتماعية - البحرين', en: 'Ministry of Social Development – Bahrain' },
  { key: 'ann', kind: K.NGO, governorates: [], ar: 'الشبكة العربية للمنظمات الأهلية', en: 'Arab Network for NGOs' },
  { key: 'opec-fund', kind: K.DONOR, governorates: [], ar: 'صندوق الأوبك للتنمية الدولية', en: 'OPEC Fund for International Development' },
  { key: 'arab-fund', kind: K.DONOR, governorates: [], ar: 'الصندوق العربي للإنماء الاقتصادي والاجتماعي', en: 'Arab Fund for Economic and Social Development' },
];

export const DEMO_CONSORTIA: DemoConsortium[] = [
  {
    ar: 'شركاء التمكين والإقراض - حضرموت', en: 'Empowerment and Lending Partners – Hadramout', country: 'YE',
    purposeAr: 'تنسيق خدمات التمكين والإقراض لسد الاحتياجات الحقيقية للشباب: خريجي الجامعات وخريجي المعاهد والمتسربين، في المشاريع متناهية الصغر والصغيرة.',
    purposeEn: 'Coordinate empowerment and lending services to meet the real needs of youth (university graduates, institute graduates and dropouts) in micro and small projects.',
    members: [
      { key: 'smeps', role: MemberRole.LEAD }, { key: 'sfd', role: MemberRole.FUNDER }, { key: 'nwc', role: MemberRole.MEMBER },
      { key: 'awn', role: MemberRole.MEMBER }, { key: 'rawabi', role: MemberRole.MEMBER }, { key: 'mff', role: MemberRole.MEMBER },
      { key: 'nahd', role: MemberRole.MEMBER }, { key: 'union-mfp', role: MemberRole.MEMBER },
      { key: 'youth-office', role: MemberRole.OBSERVER },
    ],
  },
  {
    ar: 'برنامج الاتحاد للتمويل الأصغر وشركاؤه', en: 'Union Microfinance Programme and partners', country: 'YE',
    purposeAr: 'محاربة البطالة والفقر بين الأسر في أبين وحضرموت وعدن عبر المساعدة الذاتية والتمويل الأصغر.',
    purposeEn: 'Fight unemployment and poverty among families in Abyan, Hadramout and Aden through self-help and microfinance.',
    members: [
      { key: 'ywu-abyan', role: MemberRole.LEAD }, { key: 'union-mfp', role: MemberRole.MEMBER },
      { key: 'sfd', role: MemberRole.FUNDER }, { key: 'grameen-jameel', role: MemberRole.FUNDER },
    ],
  },
  {
    ar: 'شراكة جنى وبنك التنمية الاجتماعية', en: 'Jana and Social Development Bank partnership', country: 'SA',
    purposeAr: 'التمكين الاقتصادي للأسر المنتجة والنساء عبر القروض الميسرة ومنافذ البيع والتأهيل المهني.',
    purposeEn: 'Economic empowerment of productive families and women through soft loans, sales outlets and vocational training.',
    members: [{ key: 'jana', role: MemberRole.LEAD }, { key: 'sdb', role: MemberRole.FUNDER }],
  },
  {
    ar: 'المجموعة التنموية في البحرين', en: 'Bahrain Development Group', country: 'BH',
    purposeAr: 'توفير فرص عمل للنساء الفقيرات المعيلات لأسر من خلال إعادة تدوير الورق والألمنيوم والبلاستيك.',
    purposeEn: 'Jobs for poor women heading households through recycling paper, aluminium and plastic.',
    members: [
      { key: 'bahrain-girls', role: MemberRole.LEAD }, { key: 'rural-girls', role: MemberRole.MEMBER },
      { key: 'sitra', role: MemberRole.MEMBER }, { key: 'hamad-women', role: MemberRole.MEMBER },
      { key: 'almajed', role: MemberRole.MEMBER }, { key: 'ann', role: MemberRole.OBSERVER },
      { key: 'bh-social', role: MemberRole.OBSERVER }, { key: 'opec-fund', role: MemberRole.FUNDER },
      { key: 'arab-fund', role: MemberRole.FUNDER },
    ],
  },
];

export const DEMO_USERS: DemoUser[] = [
  { email: 'coordinator@demo.shuraka.org', displayName: 'سارة باوزير', role: Role.COORDINATOR, organizationKey: 'smeps' },
  { email: 'smeps@demo.shuraka.org', displayName: 'أوسينا عمر باحيدان', role: Role.COMMITTEE_MEMBER, organizationKey: 'smeps' },
  // The lead's staff manage the consortium's questionnaires (follow-up of the lending-partners questionnaire, seed 001).
  { email: 'lead@demo.shuraka.org', displayName: 'فريق متابعة الشركاء - SMEPS', role: Role.PARTNER_STAFF, organizationKey: 'smeps' },
  { email: 'mff@demo.shuraka.org', displayName: 'خولة سالم سكارو', role: Role.PARTNER_STAFF, organizationKey: 'mff' },
  { email: 'awn@demo.shuraka.org', displayName: 'محمد سالم الصبان', role: Role.PARTNER_STAFF, organizationKey: 'awn' },
  { email: 'nwc@demo.shuraka.org', displayName: 'فائزة فرج بامطرف', role: Role.PARTNER_STAFF, organizationKey: 'nwc' },
  { email: 'nahd@demo.shuraka.org', displayName: 'عمر عبدالعزيز جعفر بن عقيل', role: Role.PARTNER_STAFF, organizationKey: 'nahd' },
  { email: 'rawabi@demo.shuraka.org', displayName: 'جمعان سعيد بن ناصر', role: Role.PARTNER_STAFF, organizationKey: 'rawabi' },
  { email: 'viewer@demo.shuraka.org', displayName: 'مطّلع تجريبي', role: Role.VIEWER },
];

export interface DemoReferral {
  /** Organisation key and index of its service in DEMO_ORGANIZATIONS. */
  service: [string, number];
  /** Statuses after SENT, in order. */
  path: ReferralStatus[];
  daysAgo: number;
  declineReason?: string;
  reason?: string;
  outcome?: { amountDisbursed?: string; jobsCreated?: number; trainingCompleted?: boolean };
}

export interface DemoApplicant {
  fullName: string; category: C; gender: Gender; birthDate: string; governorate: string; district: string; phone: string;
  projectSize: P; sector: string; requestedAmount?: string; needs: S[]; guarantee: G; referrals: DemoReferral[];
}

/** Applicants of the Hadramout partners' coordinator, with referrals in every state, so that inbox, history and indicators have content. */
export const DEMO_APPLICANTS: DemoApplicant[] = [
  {
    fullName: 'سالم عوض باوزير', category: C.UNIVERSITY_GRADUATE, gender: Gender.MALE, birthDate: '1997-04-12', governorate: 'YE-HD',
    district: 'المكلا', phone: '+967771000101', projectSize: P.MICRO, sector: 'صيانة الهواتف المحمولة', requestedAmount: '500000',
    needs: [S.MICRO_LOAN, S.BUSINESS_TRAINING], guarantee: G.GROUP,
    referrals: [
      { service: ['mff', 0], path: [ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED], daysAgo: 12 },
      { service: ['smeps', 0], path: [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE], daysAgo: 20 },
      // His first micro loan, repaid: the loan he holds now is a second one.
      { service: ['mff', 0], path: [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED], daysAgo: 95, outcome: { amountDisbursed: '450000', jobsCreated: 2 } },
    ],
  },
  {
    fullName: 'فاطمة سعيد بن عفيف', category: C.WOMAN_HEAD_OF_HOUSEHOLD, gender: Gender.FEMALE, birthDate: '1988-09-03', governorate: 'YE-HD',
    district: 'الشحر', phone: '+967771000102', projectSize: P.MICRO, sector: 'خياطة وتطريز', requestedAmount: '300000',
    needs: [S.MICRO_LOAN, S.VOCATIONAL_TRAINING], guarantee: G.GROUP,
    referrals: [
      { service: ['nwc', 0], path: [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED], daysAgo: 60, outcome: { trainingCompleted: true, jobsCreated: 1 } },
      { service: ['mff', 0], path: [], daysAgo: 2 },
      { service: ['sfd', 0], path: [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED], daysAgo: 150, outcome: { amountDisbursed: '350000', jobsCreated: 2 } },
    ],
  },
  {
    fullName: 'عمر أحمد باعبود', category: C.DROPOUT, gender: Gender.MALE, birthDate: '2003-01-25', governorate: 'YE-HD',
    district: 'المكلا', phone: '+967771000103', projectSize: P.MICRO, sector: 'ميكانيكا السيارات', needs: [S.VOCATIONAL_TRAINING], guarantee: G.NONE,
    referrals: [{ service: ['awn', 0], path: [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE], daysAgo: 30 }],
  },
  {
    fullName: 'نور محمد الكثيري', category: C.UNIVERSITY_GRADUATE, gender: Gender.FEMALE, birthDate: '1999-11-08', governorate: 'YE-HD',
    district: 'المكلا', phone: '+967771000104', projectSize: P.SMALL, sector: 'تطوير تطبيقات', requestedAmount: '2000000',
    needs: [S.SMALL_LOAN, S.INCUBATION], guarantee: G.PERSONAL_GUARANTOR,
    referrals: [{ service: ['nahd', 0], path: [ReferralStatus.ACKNOWLEDGED], daysAgo: 4 }],
  },
  {
    fullName: 'أم محمد باحميش', category: C.PRODUCTIVE_FAMILY, gender: Gender.FEMALE, birthDate: '1980-06-17', governorate: 'YE-HD',
    district: 'المكلا', phone: '+967771000105', projectSize: P.MICRO, sector: 'حلويات ومعجنات منزلية', requestedAmount: '200000',
    needs: [S.MARKETING_OUTLET, S.MICRO_LOAN], guarantee: G.GROUP,
    referrals: [
      { service: ['rawabi', 0], path: [ReferralStatus.DECLINED], daysAgo: 25, declineReason: 'NO_CAPACITY', reason: 'اكتملت منافذ الدورة الحالية' },
      { service: ['mff', 0], path: [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE], daysAgo: 40, outcome: { amountDisbursed: '200000', jobsCreated: 2 } },
      { service: ['union-mfp', 0], path: [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED], daysAgo: 130, outcome: { amountDisbursed: '180000', jobsCreated: 1 } },
    ],
  },
  {
    fullName: 'خالد سالم بن طالب', category: C.INSTITUTE_GRADUATE, gender: Gender.MALE, birthDate: '2001-02-14', governorate: 'YE-HD',
    district: 'المكلا', phone: '+967771000106', projectSize: P.MICRO, sector: 'تمديدات كهربائية', requestedAmount: '400000',
    needs: [S.MICRO_LOAN], guarantee: G.NONE, referrals: [],
  },
];
