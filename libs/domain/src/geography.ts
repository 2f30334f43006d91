import type { LocalizedText } from './localized';

/** Countries where consortia work (ISO 3166-1 alpha-2). */
export const COUNTRIES: ReadonlyArray<{ code: string; name: Required<LocalizedText> }> = [
  { code: 'YE', name: { ar: 'اليمن', en: 'Yemen' } },
  { code: 'SA', name: { ar: 'السعودية', en: 'Saudi Arabia' } },
  { code: 'BH', name: { ar: 'البحرين', en: 'Bahrain' } },
  { code: 'EG', name: { ar: 'مصر', en: 'Egypt' } },
  { code: 'LB', name: { ar: 'لبنان', en: 'Lebanon' } },
  { code: 'SD', name: { ar: 'السودان', en: 'Sudan' } },
  { code: 'MA', name: { ar: 'المغرب', en: 'Morocco' } },
  { code: 'JO', name: { ar: 'الأردن', en: 'Jordan' } },
];

export interface Governorate {
  /** ISO 3166-2 subdivision code, the value stored and sent over the API. */
  code: string;
  country: string;
  name: Required<LocalizedText>;
}

const g = (code: string, ar: string, en: string): Governorate => ({ code, country: code.slice(0, 2), name: { ar, en } });

/** Governorates (first-level subdivisions) that applicants, branches and services refer to. */
export const GOVERNORATES: readonly Governorate[] = [
  g('YE-AB', 'أبين', 'Abyan'),
  g('YE-AD', 'عدن', 'Aden'),
  g('YE-HD', 'حضرموت', 'Hadramout'),
  g('YE-SA', 'أمانة العاصمة', "Amanat Al-Asimah (Sana'a city)"),
  g('YE-SN', 'صنعاء', "Sana'a"),
  g('YE-TA', 'تعز', 'Taiz'),
  g('YE-HU', 'الحديدة', 'Al Hudaydah'),
  g('YE-IB', 'إب', 'Ibb'),
  g('YE-LA', 'لحج', 'Lahij'),
  g('YE-DA', 'الضالع', "Ad Dali'"),
  g('YE-SH', 'شبوة', 'Shabwah'),
  g('YE-MR', 'المهرة', 'Al Mahrah'),
  g('YE-MA', 'مأرب', "Ma'rib"),
  g('YE-BA', 'البيضاء', 'Al Bayda'),
  g('YE-DH', 'ذمار', 'Dhamar'),
  g('YE-HJ', 'حجة', 'Hajjah'),
  g('YE-JA', 'الجوف', 'Al Jawf'),
  g('YE-MW', 'المحويت', 'Al Mahwit'),
  g('YE-RA', 'ريمة', 'Raymah'),
  g('YE-SD', 'صعدة', "Sa'dah"),
  g('YE-AM', 'عمران', 'Amran'),
  g('YE-SU', 'سقطرى', 'Socotra'),
  g('SA-01', 'منطقة الرياض', 'Riyadh'),
  g('SA-02', 'منطقة مكة المكرمة', 'Makkah'),
  g('SA-03', 'منطقة المدينة المنورة', 'Madinah'),
  g('SA-04', 'المنطقة الشرقية', 'Eastern Province'),
  g('SA-05', 'منطقة القصيم', 'Al-Qassim'),
  g('SA-06', 'منطقة حائل', "Ha'il"),
  g('SA-07', 'منطقة تبوك', 'Tabuk'),
  g('SA-08', 'منطقة الحدود الشمالية', 'Northern Borders'),
  g('SA-09', 'منطقة جازان', 'Jazan'),
  g('SA-10', 'منطقة نجران', 'Najran'),
  g('SA-11', 'منطقة الباحة', 'Al-Bahah'),
  g('SA-12', 'منطقة الجوف', 'Al-Jawf'),
  g('SA-14', 'منطقة عسير', 'Asir'),
  g('BH-13', 'محافظة العاصمة', 'Capital'),
  g('BH-14', 'المحافظة الجنوبية', 'Southern'),
  g('BH-15', 'محافظة المحرق', 'Muharraq'),
  g('BH-17', 'المحافظة الشمالية', 'Northern'),
];

const BY_CODE = new Map(GOVERNORATES.map((gov) => [gov.code, gov]));

export function isGovernorateCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function findGovernorate(code: string): Governorate | undefined {
  return BY_CODE.get(code);
}

export function isCountryCode(code: string): boolean {
  return COUNTRIES.some((country) => country.code === code);
}
