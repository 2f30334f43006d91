import {
  ApplicantCategory,
  Gender,
  GuaranteeType,
  MeetingKind,
  CommitteeKind,
  MemberRole,
  OrganizationKind,
  ProjectSize,
  QuestionType,
  RecommendationStatus,
  ReferralStatus,
  Role,
  ServiceKind,
} from './enums';
import type { Locale } from './localized';

export type Labels<E extends string> = Record<E, Record<Locale, string>>;

export const ROLE_LABELS: Labels<Role> = {
  ADMIN: { ar: 'مدير النظام', en: 'Administrator' },
  COORDINATOR: { ar: 'منسق', en: 'Coordinator' },
  PARTNER_STAFF: { ar: 'موظف جهة شريكة', en: 'Partner staff' },
  COMMITTEE_MEMBER: { ar: 'عضو لجنة', en: 'Committee member' },
  VIEWER: { ar: 'مطّلع', en: 'Viewer' },
};

export const ORGANIZATION_KIND_LABELS: Labels<OrganizationKind> = {
  NGO: { ar: 'منظمة أهلية', en: 'NGO' },
  MICROFINANCE_PROGRAM: { ar: 'برنامج تمويل أصغر', en: 'Microfinance programme' },
  DEVELOPMENT_FUND: { ar: 'صندوق تنموي', en: 'Development fund' },
  SME_AGENCY: { ar: 'وكالة منشآت صغيرة وأصغر', en: 'Small-enterprise agency' },
  BANK: { ar: 'بنك', en: 'Bank' },
  COOPERATIVE: { ar: 'جمعية تعاونية', en: 'Cooperative' },
  GOVERNMENT: { ar: 'جهة حكومية', en: 'Government body' },
  PRIVATE_COMPANY: { ar: 'شركة قطاع خاص', en: 'Private company' },
  DONOR: { ar: 'جهة مانحة', en: 'Donor' },
};

export const MEMBER_ROLE_LABELS: Labels<MemberRole> = {
  LEAD: { ar: 'المنظمة المساندة (القائدة)', en: 'Lead (supportive organisation)' },
  MEMBER: { ar: 'عضو', en: 'Member' },
  FUNDER: { ar: 'ممول', en: 'Funder' },
  OBSERVER: { ar: 'مراقب', en: 'Observer' },
};

export const APPLICANT_CATEGORY_LABELS: Labels<ApplicantCategory> = {
  UNIVERSITY_GRADUATE: { ar: 'خريج جامعة', en: 'University graduate' },
  INSTITUTE_GRADUATE: { ar: 'خريج معهد', en: 'Institute graduate' },
  DROPOUT: { ar: 'متسرب من التعليم', en: 'School dropout' },
  WOMAN_HEAD_OF_HOUSEHOLD: { ar: 'امرأة معيلة لأسرة', en: 'Woman heading a household' },
  PRODUCTIVE_FAMILY: { ar: 'أسرة منتجة', en: 'Productive family' },
};

export const SERVICE_KIND_LABELS: Labels<ServiceKind> = {
  MICRO_LOAN: { ar: 'قرض متناهي الصغر', en: 'Micro loan' },
  SMALL_LOAN: { ar: 'قرض صغير', en: 'Small loan' },
  GRANT: { ar: 'منحة', en: 'Grant' },
  VOCATIONAL_TRAINING: { ar: 'تدريب مهني', en: 'Vocational training' },
  BUSINESS_TRAINING: { ar: 'تدريب على إدارة المشاريع', en: 'Business training' },
  MENTORING: { ar: 'إرشاد ومتابعة', en: 'Mentoring' },
  MARKETING_OUTLET: { ar: 'منفذ تسويق', en: 'Marketing outlet' },
  INCUBATION: { ar: 'احتضان مشاريع', en: 'Incubation' },
};

export const PROJECT_SIZE_LABELS: Labels<ProjectSize> = {
  MICRO: { ar: 'متناهي الصغر', en: 'Micro' },
  SMALL: { ar: 'صغير', en: 'Small' },
};

export const GUARANTEE_TYPE_LABELS: Labels<GuaranteeType> = {
  NONE: { ar: 'بدون ضمانات', en: 'No guarantee' },
  PERSONAL_GUARANTOR: { ar: 'كفيل شخصي', en: 'Personal guarantor' },
  GROUP: { ar: 'ضمان جماعي', en: 'Group guarantee' },
  COLLATERAL: { ar: 'رهن / ضمان عيني', en: 'Collateral' },
};

export const GENDER_LABELS: Labels<Gender> = {
  FEMALE: { ar: 'أنثى', en: 'Female' },
  MALE: { ar: 'ذكر', en: 'Male' },
};

export const REFERRAL_STATUS_LABELS: Labels<ReferralStatus> = {
  SENT: { ar: 'مُرسلة', en: 'Sent' },
  ACKNOWLEDGED: { ar: 'تم الاستلام', en: 'Acknowledged' },
  ACCEPTED: { ar: 'مقبولة', en: 'Accepted' },
  IN_SERVICE: { ar: 'قيد الخدمة', en: 'In service' },
  COMPLETED: { ar: 'مكتملة', en: 'Completed' },
  DECLINED: { ar: 'مرفوضة', en: 'Declined' },
  WITHDRAWN: { ar: 'مسحوبة', en: 'Withdrawn' },
  EXPIRED: { ar: 'منتهية المهلة', en: 'Expired' },
};

export const RECOMMENDATION_STATUS_LABELS: Labels<RecommendationStatus> = {
  OPEN: { ar: 'مفتوحة', en: 'Open' },
  IN_PROGRESS: { ar: 'قيد التنفيذ', en: 'In progress' },
  DONE: { ar: 'منجزة', en: 'Done' },
  DROPPED: { ar: 'ملغاة', en: 'Dropped' },
};

export const MEETING_KIND_LABELS: Labels<MeetingKind> = {
  PARTNERS_MEETING: { ar: 'اجتماع الشركاء', en: "Partners' meeting" },
  COMMITTEE: { ar: 'لجنة', en: 'Committee' },
  WORKSHOP: { ar: 'ورشة عمل', en: 'Workshop' },
  CONFERENCE: { ar: 'مؤتمر', en: 'Conference' },
};

export const COMMITTEE_KIND_LABELS: Labels<CommitteeKind> = {
  STANDING: { ar: 'دائمة', en: 'Standing' },
  TEMPORARY: { ar: 'مؤقتة', en: 'Temporary' },
};

export const QUESTION_TYPE_LABELS: Labels<QuestionType> = {
  TEXT: { ar: 'نص', en: 'Text' },
  INTEGER: { ar: 'عدد صحيح', en: 'Whole number' },
  DECIMAL: { ar: 'رقم عشري', en: 'Decimal number' },
  BOOLEAN: { ar: 'نعم / لا', en: 'Yes / no' },
  DATE: { ar: 'تاريخ', en: 'Date' },
  SELECT_ONE: { ar: 'اختيار واحد', en: 'Choose one' },
  SELECT_MULTIPLE: { ar: 'اختيار متعدد', en: 'Choose several' },
  NOTE: { ar: 'ملاحظة', en: 'Note' },
  CALCULATE: { ar: 'حساب', en: 'Calculation' },
  GROUP: { ar: 'مجموعة', en: 'Group' },
  REPEAT: { ar: 'مجموعة متكررة', en: 'Repeat group' },
};
