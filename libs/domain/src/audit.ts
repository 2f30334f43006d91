import type { Locale } from './localized';

/** What an audit entry records. */
export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  /** Partner staff were shown an applicant's personal data. */
  READ_PERSONAL_DATA = 'READ_PERSONAL_DATA',
  /** A registration was refused because the national id (or phone and birth date) is already registered. */
  DUPLICATE_PROBE = 'DUPLICATE_PROBE',
}

/** The kind of record an audit entry is about. */
export enum AuditRecordType {
  USER = 'USER',
  ORGANIZATION = 'ORGANIZATION',
  SERVICE = 'SERVICE',
  CONSORTIUM = 'CONSORTIUM',
  CONSORTIUM_MEMBER = 'CONSORTIUM_MEMBER',
  APPLICANT = 'APPLICANT',
  REFERRAL = 'REFERRAL',
  ALLOCATION_PLAN = 'ALLOCATION_PLAN',
}

export const AUDIT_ACTION_LABELS: Record<AuditAction, Record<Locale, string>> = {
  CREATE: { ar: 'إنشاء', en: 'Created' },
  UPDATE: { ar: 'تعديل', en: 'Changed' },
  DELETE: { ar: 'حذف', en: 'Deleted' },
  READ_PERSONAL_DATA: { ar: 'اطلاع على البيانات الشخصية', en: 'Viewed personal data' },
  DUPLICATE_PROBE: { ar: 'محاولة تسجيل مكرر', en: 'Duplicate registration attempt' },
};

export const AUDIT_RECORD_TYPE_LABELS: Record<AuditRecordType, Record<Locale, string>> = {
  USER: { ar: 'مستخدم', en: 'User' },
  ORGANIZATION: { ar: 'منظمة', en: 'Organisation' },
  SERVICE: { ar: 'خدمة', en: 'Service' },
  CONSORTIUM: { ar: 'شراكة', en: 'Consortium' },
  CONSORTIUM_MEMBER: { ar: 'عضوية شراكة', en: 'Consortium membership' },
  APPLICANT: { ar: 'متقدم', en: 'Applicant' },
  REFERRAL: { ar: 'إحالة', en: 'Referral' },
  ALLOCATION_PLAN: { ar: 'خطة توزيع', en: 'Allocation plan' },
};
