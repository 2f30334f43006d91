import { CommitteeKind, MeetingKind, RecommendationStatus } from '@shuraka/domain';

/**
 * The Hadramout partners' meetings of seed 001: the meeting of 12/12/2017 at the deputy governor's office (SMEPS is
 * asked to prepare a study), the partners' meeting of 31/12/2017 at SMEPS's premises in Mukalla with its five
 * recommendations (verbatim, with English translations), the committee formed there to study the draft and its
 * meeting of 22/01/2018, and the workshop the last recommendation calls for (dated in the coming month, so the
 * calendar shows something upcoming).
 */

export interface DemoPerson {
  name: string;
  title: string | null;
  organizationKey: string | null;
  /** A demo user's e-mail, when the person has an account. */
  userEmail?: string;
}

export const SEED_ATTENDEES: DemoPerson[] = [
  { name: 'فهمي عوض باضاوي', title: 'وكيل محافظة حضرموت لشئون الساحل', organizationKey: null },
  { name: 'محمد بن محمد الديلمي', title: 'مدير الصندوق الاجتماعي للتنمية', organizationKey: 'sfd' },
  { name: 'فائزة فرج بامطرف', title: 'رئيسة اللجنة الوطنية للمرأة ساحل حضرموت', organizationKey: 'nwc', userEmail: 'nwc@demo.shuraka.org' },
  { name: 'أوسينا عمر باحيدان', title: 'مدير وكالة المنشآت الصغيرة والأصغر', organizationKey: 'smeps', userEmail: 'smeps@demo.shuraka.org' },
  { name: 'محمد سالم الصبان', title: 'مدير إدارة المشاريع مؤسسة العون للتنمية', organizationKey: 'awn', userEmail: 'awn@demo.shuraka.org' },
  { name: 'جمعان سعيد بن ناصر', title: 'مدير إدارة المشاريع بمؤسسة روابي الخير التنموية', organizationKey: 'rawabi', userEmail: 'rawabi@demo.shuraka.org' },
  { name: 'خولة سالم سكارو', title: 'مدير صندوق التمويل الأصغر (الصندوق الدوار)', organizationKey: 'mff', userEmail: 'mff@demo.shuraka.org' },
  { name: 'عمر عبدالعزيز جعفر بن عقيل', title: null, organizationKey: 'nahd', userEmail: 'nahd@demo.shuraka.org' },
  { name: 'عدد من خبراء الوكالة', title: 'خبراء وكالة تنمية المنشآت الصغيرة والأصغر', organizationKey: 'smeps' },
];

export const FIRST_MEETING = {
  kind: MeetingKind.PARTNERS_MEETING,
  heldOn: '2017-12-12',
  titleAr: 'اجتماع شركاء التمكين والإقراض',
  titleEn: 'Empowerment and lending partners’ meeting',
  location: 'مكتب وكيل محافظة حضرموت لشئون الشباب، المكلا',
  attendees: [{ name: 'أوسينا عمر باحيدان', title: 'مدير وكالة SMEPS فرع حضرموت', organizationKey: 'smeps', userEmail: 'smeps@demo.shuraka.org' }] as DemoPerson[],
  minutes: `اجتمع شركاء التمكين والإقراض بمكتب وكيل محافظة حضرموت لشئون الشباب للتداول في سبل تنسيق خدماتهم للشباب.`,
  decisions: `- تكليف الأستاذة **أوسينا عمر باحيدان** مدير وكالة SMEPS فرع حضرموت بإعداد تصور متكامل عن إمكانية الاستفادة من نقاط القوة وفرص التحسين، على أن تقدم الدراسة لشركاء التمكين.`,
};

export const PARTNERS_MEETING = {
  kind: MeetingKind.PARTNERS_MEETING,
  heldOn: '2017-12-31',
  titleAr: 'اجتماع شركاء التمكين لمناقشة مسودة مقترح آلية عمل شركاء التمكين والإقراض',
  titleEn: 'Empowerment partners’ meeting on the draft working mechanism of the empowerment and lending partners',
  location: 'مقر وكالة تنمية المنشآت الصغيرة والأصغر (SMEPS)، المكلا',
  attendees: SEED_ATTENDEES,
  agenda: `1. التعريف بوكالة تنمية المنشآت الصغيرة والأصغر وبشركاء التمكين والإقراض
2. عرض تقسيم المشاريع حسب فئات الشباب
3. مناقشة مسودة مقترح آلية عمل شركاء التمكين والإقراض`,
  minutes: `## ملخص الاجتماع

عقد اجتماع لشركاء التمكين يوم **الأحد 31/12/2017م** بمقر وكالة تنمية المنشآت الصغيرة والأصغر، بناءً على تكليف اجتماع 12/12/2017م للوكالة بإعداد تصور عن الاستفادة من نقاط القوة وفرص التحسين. وهو أول اجتماع من نوعه بالوكالة خاص بالتمكين، وهدف إلى تعريف المشاركين بالوكالة وبشركاء التمكين والإقراض.

## ما نوقش

- قُسّمت المشاريع حسب فئات الشباب: **خريجو الجامعات، خريجو المعاهد، المتسربون**.
- استُخلصت مقترحات وبرامج للمشاريع متناهية الصغر والمشاريع الصغيرة التنموية.
- فُتح باب النقاش حول مسودة مقترح آلية عمل شركاء التمكين والإقراض، وأشاد الجميع بأهميتها في المرحلة الحالية، واقتُرحت أفكار لتحقيق أقصى استفادة منها.

## الختام

أكد الجميع أن العالم كله يتجه للشراكات والتعاون والتنسيق، وأنه يجب تعزيز التنسيق والشراكات بين مؤسسات التمكين والإقراض لاختصار الزمن في العمل مع الشباب.`,
  decisions: `- تشكيل لجنة لدراسة مسودة المقترح تجتمع في 22 يناير 2018م.
- خمس توصيات لتطوير التمكين والإقراض (انظر التوصيات أدناه).`,
};

export interface DemoRecommendation {
  ar: string;
  en: string;
  ownerKeys: string[];
  status: RecommendationStatus;
  percent: number | null;
  /** A fixed date, or days after the demo's today. */
  due: { on: string } | { inDays: number } | null;
  about?: 'questionnaire' | 'committee-meeting' | 'workshop';
  notes: Array<{ byEmail: string; at: string | { daysAgo: number }; note: string; percent?: number; statusTo?: RecommendationStatus }>;
}

export const RECOMMENDATIONS: DemoRecommendation[] = [
  {
    ar: 'تنسيق الخدمات من كل جهة بحيث تعمل على سد الاحتياجات الحقيقية للشباب في عملية الإقراض .',
    en: "Coordinate the services of every party so that they meet young people's real needs in lending.",
    ownerKeys: ['smeps', 'sfd', 'mff'],
    status: RecommendationStatus.IN_PROGRESS,
    percent: 40,
    due: null,
    notes: [
      {
        byEmail: 'smeps@demo.shuraka.org', at: '2018-01-10T10:00:00+03:00', statusTo: RecommendationStatus.IN_PROGRESS,
        note: 'أعدت الوكالة مصفوفة أولية بخدمات كل جهة والفئات التي تخدمها، وأرسلتها للشركاء لمراجعتها.',
      },
      {
        byEmail: 'mff@demo.shuraka.org', at: { daysAgo: 6 }, percent: 40,
        note: 'راجع الصندوق الدوار شروط قروضه في المصفوفة وأضاف قرض المشروع الصغير لخريجي المعاهد.',
      },
    ],
  },
  {
    ar: 'الاستفادة من إمكانيات الجميع لخدمة الجميع وعلى هذا الأساس يتم متابعة الجهات التي لم تستكمل استبيان شركاء الإقراض من قبل إدارة الوكالة.',
    en: "Use everyone's capacities to serve everyone; on this basis the agency's management follows up the parties that have not completed the lending partners' questionnaire.",
    ownerKeys: ['smeps'],
    status: RecommendationStatus.IN_PROGRESS,
    percent: 50,
    due: { inDays: 21 },
    about: 'questionnaire',
    notes: [
      {
        byEmail: 'lead@demo.shuraka.org', at: { daysAgo: 20 }, statusTo: RecommendationStatus.IN_PROGRESS,
        note: 'نُشر استبيان شركاء الإقراض على المنصة ووُزع على الجهات الشريكة.',
      },
      {
        byEmail: 'lead@demo.shuraka.org', at: { daysAgo: 2 }, percent: 50,
        note: 'استكملت ثلاث جهات الاستبيان، وروابي الخير تعبئه الآن؛ جرى التواصل مع مؤسسة نهد وبرنامج الاتحاد للتذكير.',
      },
    ],
  },
  {
    ar: 'الاستفادة من الدراسة بعد استكمالها وإضافة ملاحظات المجتمعون على أن يعقد اجتماع اللجنة المشكلة لدراسة المسودة في تاريخ 22/يناير/2018م.',
    en: "Use the study once it is complete, adding the attendees' comments; the committee formed to study the draft is to meet on 22 January 2018.",
    ownerKeys: ['smeps', 'sfd', 'nwc'],
    status: RecommendationStatus.DONE,
    percent: 100,
    due: { on: '2018-01-22' },
    about: 'committee-meeting',
    notes: [
      {
        byEmail: 'smeps@demo.shuraka.org', at: '2018-01-22T13:00:00+03:00', statusTo: RecommendationStatus.DONE, percent: 100,
        note: 'عقدت اللجنة اجتماعها في 22 يناير 2018م، وأضافت ملاحظات المجتمعين إلى الدراسة.',
      },
    ],
  },
  {
    ar: 'الاستفادة من الإمكانيات الفنية والمؤسسية لبقية مؤسسات التمويل والإقراض على أن يتم دعوتهم لحضور ورشة عمل بعد استكمال اللجنة مهامها.',
    en: 'Use the technical and institutional capacities of the other finance and lending institutions, inviting them to a workshop once the committee has completed its tasks.',
    ownerKeys: ['smeps'],
    status: RecommendationStatus.OPEN,
    percent: null,
    due: { on: '2018-02-15' },
    notes: [
      {
        byEmail: 'lead@demo.shuraka.org', at: '2018-02-01T11:00:00+03:00',
        note: 'أُعدت قائمة أولية بمؤسسات التمويل والإقراض المراد دعوتها، بانتظار اعتمادها.',
      },
    ],
  },
  {
    ar: 'تعقد ورشة عمل بعد استكمال ملاحظات اللجنة بتبادل الآراء والملاحظات بين جهات التمويل والاقراض الموسعة على أساس التكامل في التمكين والإقراض.',
    en: 'Once the committee’s comments are complete, hold a workshop where the wider finance and lending bodies exchange views and comments, on the basis of integration in empowerment and lending.',
    ownerKeys: ['smeps', 'awn'],
    status: RecommendationStatus.OPEN,
    percent: null,
    due: { inDays: 18 },
    about: 'workshop',
    notes: [],
  },
];

export const DRAFT_COMMITTEE = {
  kind: CommitteeKind.TEMPORARY,
  nameAr: 'اللجنة المشكلة لدراسة مسودة مقترح آلية عمل شركاء التمكين والإقراض',
  nameEn: 'Committee to study the draft working mechanism of the empowerment and lending partners',
  mandateAr: 'دراسة مسودة مقترح آلية عمل شركاء التمكين والإقراض، وإضافة ملاحظات المجتمعين في اجتماع 31/12/2017م، ورفعها قبل ورشة العمل.',
  mandateEn: "Study the draft working mechanism of the empowerment and lending partners, add the comments of the 31/12/2017 meeting, and report before the workshop.",
  startsOn: '2017-12-31',
  endsOn: '2018-02-28',
  members: [
    { name: 'أوسينا عمر باحيدان', title: 'مدير وكالة المنشآت الصغيرة والأصغر', organizationKey: 'smeps', userEmail: 'smeps@demo.shuraka.org' },
    { name: 'محمد بن محمد الديلمي', title: 'مدير الصندوق الاجتماعي للتنمية', organizationKey: 'sfd' },
    { name: 'فائزة فرج بامطرف', title: 'رئيسة اللجنة الوطنية للمرأة ساحل حضرموت', organizationKey: 'nwc', userEmail: 'nwc@demo.shuraka.org' },
    { name: 'خولة سالم سكارو', title: 'مدير صندوق التمويل الأصغر (الصندوق الدوار)', organizationKey: 'mff', userEmail: 'mff@demo.shuraka.org' },
  ] as DemoPerson[],
};

export const COMMITTEE_MEETING = {
  kind: MeetingKind.COMMITTEE,
  heldOn: '2018-01-22',
  startsAt: '10:00',
  endsAt: '12:30',
  titleAr: 'اجتماع اللجنة المشكلة لدراسة مسودة آلية العمل',
  titleEn: 'Meeting of the committee studying the draft working mechanism',
  location: 'مقر وكالة تنمية المنشآت الصغيرة والأصغر (SMEPS)، المكلا',
  minutes: `## ما تم

- راجعت اللجنة الدراسة التي أعدتها الوكالة عن نقاط القوة وفرص التحسين.
- أُضيفت ملاحظات المجتمعين في اجتماع 31/12/2017م إلى المسودة.
- اتُّفق على رفع المسودة المعدلة إلى الشركاء تمهيداً لورشة العمل الموسعة.`,
  decisions: `- اعتماد المسودة المعدلة لآلية عمل شركاء التمكين والإقراض للعرض في ورشة العمل.`,
};

/** Days after the demo's today. */
export const WORKSHOP = {
  kind: MeetingKind.WORKSHOP,
  inDays: 18,
  startsAt: '09:00',
  endsAt: '13:00',
  titleAr: 'ورشة عمل التكامل في التمكين والإقراض',
  titleEn: 'Workshop on integration in empowerment and lending',
  location: 'المكلا',
  agenda: `1. عرض آلية عمل شركاء التمكين والإقراض بعد ملاحظات اللجنة
2. تبادل الآراء والملاحظات بين جهات التمويل والإقراض الموسعة
3. الاتفاق على خطوات التكامل القادمة`,
};
