import type { Translation } from '../en';

export const errors: Translation['errors'] = {
  network: 'لا يوجد اتصال. تحقق من الإنترنت ثم حاول مرة أخرى.',
  unauthenticated: 'انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.',
  forbidden: 'لا يملك حسابك صلاحية القيام بهذا.',
  notFound: 'لم يُعثر على هذا السجل، أو لا يملك حسابك صلاحية الاطلاع عليه.',
  conflict: 'يتعارض هذا مع بيانات موجودة.',
  badUserInput: 'بعض الحقول تحتاج إلى تصحيح.',
  tooManyRequests: 'طلبات كثيرة. انتظر قليلاً ثم حاول مرة أخرى.',
  unknown: 'حدث خطأ ما. حاول مرة أخرى.',
  loadFailed: 'تعذّر تحميل هذه الصفحة.',
  saveFailed: 'تعذّر الحفظ.',
};
