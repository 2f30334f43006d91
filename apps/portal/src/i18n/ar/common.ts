import type { Translation } from '../en';

export const common: Translation['common'] = {
  appName: 'شركاء',
  appTagline: 'شركاء التمكين والإقراض',
  nav: {
    unreadDecisions: 'قرارات جديدة من الجهات: {{count}}',
    main: 'التنقل الرئيسي',
    toggle: 'إظهار القائمة أو إخفاؤها',
    organizations: 'الجهات',
    consortia: 'الشراكات',
    services: 'الخدمات',
    administration: 'الإدارة',
    newOrganization: 'جهة جديدة',
    newConsortium: 'شراكة جديدة',
    work: 'عملي',
    directory: 'الدليل',
    applicants: 'المتقدمون',
    newApplicant: 'تسجيل متقدم',
    allocation: 'توزيع دفعة',
    referrals: 'الإحالات',
  },
  language: {
    switchTo: 'English',
    switchLabel: 'التبديل إلى اللغة الإنجليزية',
  },
  user: {
    signOut: 'تسجيل الخروج',
    signedInAs: 'مسجّل الدخول باسم {{name}}',
  },
  actions: {
    retry: 'إعادة المحاولة',
    loadMore: 'عرض المزيد',
    cancel: 'إلغاء',
    save: 'حفظ',
    edit: 'تعديل',
    back: 'رجوع',
    add: 'إضافة',
    remove: 'إزالة',
    confirm: 'تأكيد',
    clearFilters: 'مسح عوامل التصفية',
  },
  states: {
    loading: 'جارٍ التحميل…',
    notFoundTitle: 'غير موجود',
    notFoundText: 'ما تبحث عنه غير موجود، أو لا يملك حسابك صلاحية الاطلاع عليه.',
    goHome: 'الذهاب إلى الجهات',
  },
  pagination: {
    shown: 'عرض {{shown}} من {{total}}',
  },
  filters: {
    title: 'التصفية',
    all: 'الكل',
  },
  values: {
    notSpecified: 'غير محدد',
    yes: 'نعم',
    no: 'لا',
    range: '{{min}} – {{max}}',
    from: 'من {{min}}',
    upTo: 'حتى {{max}}',
    years: '{{age}} سنة',
  },
  localized: {
    ar: 'العربية',
    en: 'الإنجليزية',
  },
  demo: {
    note: 'حسابات التجربة تشترك في كلمة مرور واحدة: جرّب كما تشاء، لكن لا تُدخل بيانات أشخاص حقيقيين.',
  },
};
