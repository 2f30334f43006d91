import { CURRENCIES, LIMITS, findGovernorate, isGovernorateCode, normalizePhoneNumber, type Currency } from '@shuraka/domain';
import type {
  ApplicantCategory,
  ApplicantDuplicatesInput,
  ApplicantProfileFieldsFragment,
  Gender,
  GuaranteeType,
  ProjectSize,
  RegisterApplicantInput,
  ServiceKind,
  UpdateApplicantInput,
} from '../../../gql/graphql';
import { toLatinDigits } from '../../../shared/utils/digits';
import {
  moneyToInput,
  moneyToValues,
  validateMoney,
  type MoneyValues,
  type ValidationErrors,
  type ValidationKey,
} from '../../../shared/utils/form-values';
import { ageOn } from './applicant-display';

/** Mirrors RegisterApplicantInput so the API's field paths (`requestedAmount.amount`) land on the right input. */
export interface ApplicantFormValues {
  fullName: string;
  nationalId: string;
  category: string | null;
  gender: string | null;
  birthDate: string;
  governorate: string | null;
  district: string;
  phone: string;
  projectSize: string | null;
  sector: string;
  requestedAmount: MoneyValues;
  needs: string[];
  guaranteeOffered: string | null;
  consortiumId: string | null;
  consentGiven: boolean;
}

export function emptyApplicantValues(): ApplicantFormValues {
  return {
    fullName: '',
    nationalId: '',
    category: null,
    gender: null,
    birthDate: '',
    governorate: null,
    district: '',
    phone: '',
    projectSize: null,
    sector: '',
    requestedAmount: { amount: '', currency: null },
    needs: [],
    guaranteeOffered: null,
    consortiumId: null,
    // Never ticked in advance: consent is given by the applicant, explicitly, each time.
    consentGiven: false,
  };
}

/** The API's own constraint names (`matches`, `equals`) say little: these fields get their own message. */
export const APPLICANT_FIELD_ERROR_KEYS: Readonly<Record<string, ValidationKey>> = {
  consentGiven: 'consentRequired',
  phone: 'isPhone',
  nationalId: 'isNationalId',
};

const COUNTRY_CURRENCY: Record<string, Currency> = { YE: 'YER', SA: 'SAR', BH: 'BHD', EG: 'EGP', LB: 'LBP', SD: 'SDG', MA: 'MAD' };

/** The usual currency where the applicant lives (to fill in the amount's currency), or null. */
export function currencyForGovernorate(code: string | null): Currency | null {
  const country = code ? findGovernorate(code)?.country : undefined;
  const currency = country ? COUNTRY_CURRENCY[country] : undefined;
  return currency && (CURRENCIES as readonly string[]).includes(currency) ? currency : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `+967 777-123 456` → `+967777123456`; Arabic digits become ASCII. */
export function normalizePhone(text: string): string {
  return toLatinDigits(text).replace(/[\s-]/g, '');
}

export function normalizeNationalId(text: string): string {
  return toLatinDigits(text).replace(/[\s-]/g, '').toUpperCase();
}

export interface PhoneCheck {
  /** E.164, as the API will store it; null when it cannot be told (or the number is not one). */
  e164: string | null;
  /** Spaced for reading: `+967 777 123 456`. */
  display: string | null;
  error: 'isPhone' | 'phoneNeedsCountryCode' | null;
}

/**
 * The API's phone rule (normalizePhoneNumber with the consortium's calling code). `callingCode`
 * undefined: the consortium is not known here (the API may still pick the coordinator's own), so a
 * number without a country prefix is left to the API rather than refused.
 */
export function checkPhone(raw: string, callingCode: string | null | undefined): PhoneCheck {
  if (!raw.trim()) return { e164: null, display: null, error: null };
  const e164 = normalizePhoneNumber(raw, callingCode ?? null);
  if (e164) return { e164, display: spacedPhone(e164, callingCode ?? null), error: null };
  const prefixed = /^\s*(\+|00)/.test(toLatinDigits(raw));
  if (callingCode === undefined && !prefixed) return { e164: null, display: null, error: null };
  return { e164: null, display: null, error: callingCode || prefixed ? 'isPhone' : 'phoneNeedsCountryCode' };
}

function spacedPhone(e164: string, callingCode: string | null): string {
  const code = callingCode && e164.startsWith(`+${callingCode}`) ? callingCode : null;
  if (!code) return e164;
  const national = e164.slice(code.length + 1);
  return `+${code} ${national.match(/\d{1,3}/g)!.join(' ')}`;
}

/** The same rules as the API, checked before sending; `today` is `YYYY-MM-DD`; `callingCode` as in checkPhone. */
export function validateApplicantValues(values: ApplicantFormValues, today: string, callingCode?: string | null): ValidationErrors {
  const errors: ValidationErrors = {};
  const fullName = values.fullName.trim();
  if (!fullName) errors.fullName = 'isNotEmpty';
  else if (fullName.length > LIMITS.nameMaxLength) errors.fullName = 'maxLength';

  const nationalId = normalizeNationalId(values.nationalId);
  if (nationalId && !/^[0-9A-Z]{4,20}$/.test(nationalId)) errors.nationalId = 'isNationalId';

  if (!values.category) errors.category = 'isNotEmpty';
  if (!values.gender) errors.gender = 'isNotEmpty';
  if (!values.governorate) errors.governorate = 'isNotEmpty';
  else if (!isGovernorateCode(values.governorate)) errors.governorate = 'isGovernorate';
  if (values.district.trim().length > LIMITS.nameMaxLength) errors.district = 'maxLength';
  if (values.sector.trim().length > LIMITS.nameMaxLength) errors.sector = 'maxLength';

  if (values.birthDate) {
    if (!isIsoDate(values.birthDate)) errors.birthDate = 'isDate';
    else if (values.birthDate > today) errors.birthDate = 'maxDate';
    else {
      const age = ageOn(values.birthDate, today);
      if (age < 10 || age > 100) errors.birthDate = 'ageRange';
    }
  }

  const phone = checkPhone(values.phone, callingCode);
  if (phone.error) errors.phone = phone.error;

  // The currency is filled in from the governorate: without an amount it is simply not sent.
  if (values.requestedAmount.amount.trim()) validateMoney(values.requestedAmount, 'requestedAmount', errors);
  if (values.needs.length === 0) errors.needs = 'arrayNotEmpty';
  if (!values.guaranteeOffered) errors.guaranteeOffered = 'isNotEmpty';
  if (values.consentGiven !== true) errors.consentGiven = 'consentRequired';
  return errors;
}

/** Empty optional fields are left out; the phone and id are sent as typed (the API normalises them). */
export function applicantValuesToInput(values: ApplicantFormValues): RegisterApplicantInput {
  const input: RegisterApplicantInput = {
    fullName: values.fullName.trim().replace(/\s+/g, ' '),
    category: values.category as ApplicantCategory,
    gender: values.gender as Gender,
    governorate: values.governorate ?? '',
    needs: values.needs as ServiceKind[],
    guaranteeOffered: values.guaranteeOffered as GuaranteeType,
    consentGiven: values.consentGiven,
  };
  const nationalId = normalizeNationalId(values.nationalId);
  if (nationalId) input.nationalId = nationalId;
  if (values.birthDate) input.birthDate = values.birthDate;
  if (values.district.trim()) input.district = values.district.trim();
  const phone = normalizePhone(values.phone);
  if (phone) input.phone = phone;
  if (values.projectSize) input.projectSize = values.projectSize as ProjectSize;
  if (values.sector.trim()) input.sector = values.sector.trim();
  const amount = moneyToInput(values.requestedAmount);
  if (amount) input.requestedAmount = amount;
  if (values.consortiumId) input.consortiumId = values.consortiumId;
  return input;
}

/** The form filled with a registered applicant, to correct them; the national id is never known, so left empty. */
export function applicantValuesFrom(applicant: ApplicantProfileFieldsFragment & { consortiumId?: string | null }): ApplicantFormValues {
  return {
    fullName: applicant.fullName,
    nationalId: '',
    category: applicant.category,
    gender: applicant.gender,
    birthDate: applicant.birthDate ?? '',
    governorate: applicant.governorate,
    district: applicant.district ?? '',
    phone: applicant.phone ?? '',
    projectSize: applicant.projectSize ?? null,
    sector: applicant.sector ?? '',
    requestedAmount: moneyToValues(applicant.requestedAmount),
    needs: [...applicant.needs],
    guaranteeOffered: applicant.guaranteeOffered,
    consortiumId: applicant.consortiumId ?? null,
    // Given at registration; a correction does not ask again.
    consentGiven: true,
  };
}

/** Every field of the form (an emptied optional one as null, which removes it); an empty national id keeps the stored one. */
export function applicantValuesToUpdate(values: ApplicantFormValues, id: string, expectedVersion: number): UpdateApplicantInput {
  const input = applicantValuesToInput(values);
  return {
    id,
    expectedVersion,
    fullName: input.fullName,
    category: input.category,
    gender: input.gender,
    governorate: input.governorate,
    needs: input.needs,
    guaranteeOffered: input.guaranteeOffered,
    ...(input.nationalId ? { nationalId: input.nationalId } : {}),
    birthDate: input.birthDate ?? null,
    district: input.district ?? null,
    phone: input.phone ?? null,
    projectSize: input.projectSize ?? null,
    sector: input.sector ?? null,
    requestedAmount: input.requestedAmount ?? null,
  };
}

/** What the duplicate check looks at; null when nothing identifying is typed yet. */
export function duplicatesInput(values: ApplicantFormValues, excludeApplicantId?: string): ApplicantDuplicatesInput | null {
  const input = applicantValuesToInput(values);
  if (!input.fullName && !input.phone && !input.nationalId) return null;
  return {
    ...(input.fullName ? { fullName: input.fullName } : {}),
    ...(input.nationalId ? { nationalId: input.nationalId } : {}),
    ...(input.birthDate ? { birthDate: input.birthDate } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.governorate ? { governorate: input.governorate } : {}),
    ...(input.district ? { district: input.district } : {}),
    ...(input.consortiumId ? { consortiumId: input.consortiumId } : {}),
    ...(excludeApplicantId ? { excludeApplicantId } : {}),
  };
}
