import type { Translation } from '../en';

export const notifications: Translation['notifications'] = {
  bell: {
    none: 'الإشعارات',
    unread: 'الإشعارات، غير المقروءة: {{count}}',
  },
  page: {
    title: 'الإشعارات',
    unreadCount: 'غير المقروءة: {{count}}',
    allRead: 'قرأت كل الإشعارات.',
    markAllRead: 'تعليم الكل كمقروء',
    show: 'عرض',
    showAll: 'الكل',
    showUnread: 'غير المقروءة',
    empty: 'لا توجد إشعارات بعد.',
    emptyUnread: 'لا يوجد ما لم يُقرأ.',
    emptyHint: 'تظهر هنا التذكيرات بالاستبيانات وغيرها من الأخبار الخاصة بك.',
  },
  item: {
    new: 'جديد',
    markRead: 'تعليم كمقروء',
    open: 'فتح',
  },
  kinds: {
    QUESTIONNAIRE_ASSIGNED: 'استبيان جديد',
    QUESTIONNAIRE_DUE_SOON: 'موعد قريب',
    QUESTIONNAIRE_OVERDUE: 'متأخر',
    QUESTIONNAIRE_REMINDER: 'تذكير',
    QUESTIONNAIRE_REOPENED: 'أُعيد فتحه',
    RECOMMENDATION_ASSIGNED: 'توصية جديدة',
    RECOMMENDATION_DUE_SOON: 'توصية موعدها قريب',
    RECOMMENDATION_OVERDUE: 'توصية متأخرة',
    OTHER: 'إشعار',
  },
};
