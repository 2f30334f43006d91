import {
  APPLICANT_CATEGORY_LABELS,
  findGovernorate,
  GENDER_LABELS,
  GUARANTEE_TYPE_LABELS,
  PROJECT_SIZE_LABELS,
  SERVICE_KIND_LABELS,
  type ApplicantCategory,
  type Gender,
  type GuaranteeType,
  type Locale,
  type ProjectSize,
  type ServiceKind,
} from '@shuraka/domain';
import { MIN_TRACK_RECORD } from './weights';
import type { Reason } from './types';

type Params = Reason['params'];
const s = (value: string | number | undefined) => String(value ?? '');
const governorate = (code: string | number, locale: Locale) => findGovernorate(String(code))?.name[locale] ?? String(code);
const label = <E extends string>(labels: Record<E, Record<Locale, string>>, value: string | number, locale: Locale) =>
  labels[value as E]?.[locale] ?? String(value);
const CURRENCY_AR: Record<string, string> = { YER: 'ريال يمني', SAR: 'ريال سعودي', USD: 'دولار أمريكي', BHD: 'دينار بحريني', EGP: 'جنيه مصري' };
/** 1000000 → 1,000,000 (Latin digits, as the portal shows numbers). */
const amount = (value: string | number) => (value === '' ? '' : Number(value).toLocaleString('en-US', { maximumFractionDigits: 3 }));
const currency = (code: string | number, locale: Locale) => (locale === 'ar' ? (CURRENCY_AR[String(code)] ?? String(code)) : String(code));
const amountRange = (min: string | number, max: string | number) => range(amount(min), amount(max));
const range = (min: string | number, max: string | number) => (min !== '' && max !== '' ? `${min}–${max}` : min !== '' ? `≥ ${min}` : `≤ ${max}`);

const MESSAGES: Record<Reason['code'], (p: Params, locale: Locale) => string> = {
  CATEGORY: (p, l) =>
    l === 'ar'
      ? `الخدمة لا تشمل فئة «${label<ApplicantCategory>(APPLICANT_CATEGORY_LABELS, p.category, l)}»`
      : `Not offered to the category "${label<ApplicantCategory>(APPLICANT_CATEGORY_LABELS, p.category, l)}"`,
  GOVERNORATE: (p, l) => (l === 'ar' ? `الخدمة غير متاحة في محافظة ${governorate(p.governorate, l)}` : `Not offered in ${governorate(p.governorate, l)}`),
  PROJECT_SIZE: (p, l) =>
    l === 'ar'
      ? `لا تخدم المشاريع من حجم «${label<ProjectSize>(PROJECT_SIZE_LABELS, p.projectSize, l)}»`
      : `Does not serve ${label<ProjectSize>(PROJECT_SIZE_LABELS, p.projectSize, l).toLowerCase()} projects`,
  AGE: (p, l) =>
    p.age === '?'
      ? l === 'ar'
        ? `تشترط الخدمة عمراً ${range(p.minAge, p.maxAge)} وتاريخ ميلاد المتقدم غير مسجل`
        : `The service requires an age of ${range(p.minAge, p.maxAge)} and the applicant's birth date is not recorded`
      : l === 'ar'
        ? `عمر المتقدم (${s(p.age)}) خارج الفئة العمرية للخدمة (${range(p.minAge, p.maxAge)})`
        : `Age ${s(p.age)} is outside the service's range (${range(p.minAge, p.maxAge)})`,
  GENDER: (p, l) =>
    l === 'ar'
      ? `الخدمة مخصصة لفئة: ${label<Gender>(GENDER_LABELS, p.gender, l)}`
      : `Only for ${label<Gender>(GENDER_LABELS, p.gender, l).toLowerCase()} applicants`,
  AMOUNT: (p, l) =>
    l === 'ar'
      ? `المبلغ المطلوب ${amount(p.amount)} ${currency(p.currency, l)} خارج نطاق الخدمة (${amountRange(p.minAmount, p.maxAmount)} ${currency(p.serviceCurrency, l)})`
      : `The requested ${s(p.currency)} ${amount(p.amount)} is outside the service's range (${s(p.serviceCurrency)} ${amountRange(p.minAmount, p.maxAmount)})`,
  GUARANTEE: (p, l) =>
    l === 'ar'
      ? `تشترط الخدمة «${label<GuaranteeType>(GUARANTEE_TYPE_LABELS, p.required, l)}» والمتقدم يستطيع تقديم «${label<GuaranteeType>(GUARANTEE_TYPE_LABELS, p.offered, l)}»`
      : `Requires "${label<GuaranteeType>(GUARANTEE_TYPE_LABELS, p.required, l)}"; the applicant can offer "${label<GuaranteeType>(GUARANTEE_TYPE_LABELS, p.offered, l)}"`,
  CAPACITY: (p, l) => (l === 'ar' ? `لا توجد أماكن متاحة (السعة ${s(p.capacity)})` : `No places left (capacity ${s(p.capacity)})`),
  NEED: (p, l) => {
    const kind = label<ServiceKind>(SERVICE_KIND_LABELS, p.kind, l);
    if (l === 'ar') return p.needed ? `«${kind}» من احتياجات المتقدم` : `«${kind}» ليس من احتياجات المتقدم`;
    return p.needed ? `The applicant needs "${kind}"` : `"${kind}" is not among the applicant's needs`;
  },
  GOVERNORATE_MATCH: (p, l) =>
    p.explicit
      ? l === 'ar'
        ? `متاحة في محافظة المتقدم (${governorate(p.governorate, l)})`
        : `Offered in the applicant's governorate (${governorate(p.governorate, l)})`
      : l === 'ar'
        ? 'متاحة في جميع المحافظات'
        : 'Offered in every governorate',
  DISTRICT_BRANCH: (p, l) =>
    p.branch
      ? l === 'ar'
        ? `للجهة فرع في مديرية ${s(p.district)}`
        : `The partner has a branch in ${s(p.district)} district`
      : l === 'ar'
        ? 'لا يوجد فرع للجهة في مديرية المتقدم'
        : "No branch of the partner in the applicant's district",
  AMOUNT_FIT: (p, l) =>
    p.fit === -1
      ? l === 'ar'
        ? 'لا يوجد مبلغ مطلوب أو نطاق للمقارنة'
        : 'No requested amount or range to compare'
      : l === 'ar'
        ? `ملاءمة المبلغ المطلوب لنطاق الخدمة: ${s(p.fit)}٪`
        : `The requested amount fits the service's range at ${s(p.fit)} %`,
  CAPACITY_HEADROOM: (p, l) => (l === 'ar' ? `${s(p.remaining)} من ${s(p.capacity)} أماكن متاحة` : `${s(p.remaining)} of ${s(p.capacity)} places free`),
  TRACK_RECORD: (p, l) =>
    p.quality === -1
      ? l === 'ar'
        ? `لا يوجد سجل كافٍ للجهة في شركاء بعد (${s(p.decided)} من ${MIN_TRACK_RECORD} إحالات محسومة)`
        : `Not enough track record in Shuraka yet (${s(p.decided)} of ${MIN_TRACK_RECORD} decided referrals)`
      : l === 'ar'
        ? `سجل الجهة في شركاء: ${s(p.quality)}٪ (${s(p.decided)} إحالة محسومة)`
        : `Partner's record in Shuraka: ${s(p.quality)} % (${s(p.decided)} decided referrals)`,
};

/** The reason in words, in Arabic or English. */
export function reasonMessage(reason: Reason, locale: Locale): string {
  return MESSAGES[reason.code](reason.params, locale);
}
