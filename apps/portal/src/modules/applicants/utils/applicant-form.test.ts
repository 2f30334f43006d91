import { describe, expect, it } from 'vitest';
import { ageOn, localToday } from './applicant-display';
import {
  applicantValuesToInput,
  checkPhone,
  currencyForGovernorate,
  emptyApplicantValues,
  isIsoDate,
  validateApplicantValues,
  type ApplicantFormValues,
} from './applicant-form';

const TODAY = '2026-01-15';

function ahmed(overrides: Partial<ApplicantFormValues> = {}): ApplicantFormValues {
  return {
    ...emptyApplicantValues(),
    fullName: '  أحمد   سالم بن علي ',
    category: 'UNIVERSITY_GRADUATE',
    gender: 'MALE',
    birthDate: '1998-03-14',
    governorate: 'YE-HD',
    district: ' المكلا ',
    phone: '+967 ٧٧٧-١٢٣ 456',
    projectSize: 'MICRO',
    requestedAmount: { amount: '500000', currency: 'YER' },
    needs: ['MICRO_LOAN'],
    guaranteeOffered: 'GROUP',
    consentGiven: true,
    ...overrides,
  };
}

describe('consent', () => {
  it('is never given in advance', () => {
    expect(emptyApplicantValues().consentGiven).toBe(false);
  });

  it('must be given explicitly before anything is sent', () => {
    expect(validateApplicantValues(ahmed({ consentGiven: false }), TODAY)).toEqual({ consentGiven: 'consentRequired' });
    expect(validateApplicantValues(ahmed(), TODAY)).toEqual({});
  });

  it('is sent as given', () => {
    expect(applicantValuesToInput(ahmed()).consentGiven).toBe(true);
  });
});

describe('validateApplicantValues', () => {
  it('names every missing required field of an empty form', () => {
    expect(validateApplicantValues(emptyApplicantValues(), TODAY)).toEqual({
      fullName: 'isNotEmpty',
      category: 'isNotEmpty',
      gender: 'isNotEmpty',
      governorate: 'isNotEmpty',
      needs: 'arrayNotEmpty',
      guaranteeOffered: 'isNotEmpty',
      consentGiven: 'consentRequired',
    });
  });

  it('checks the birth date, phone and national id as the API does', () => {
    expect(validateApplicantValues(ahmed({ birthDate: '2026-02-01' }), TODAY)).toEqual({ birthDate: 'maxDate' });
    expect(validateApplicantValues(ahmed({ birthDate: '2020-01-01' }), TODAY)).toEqual({ birthDate: 'ageRange' });
    expect(validateApplicantValues(ahmed({ birthDate: '1998-02-30' }), TODAY)).toEqual({ birthDate: 'isDate' });
    expect(validateApplicantValues(ahmed({ phone: '12 34' }), TODAY, '967')).toEqual({ phone: 'isPhone' });
    expect(validateApplicantValues(ahmed({ nationalId: '12' }), TODAY)).toEqual({ nationalId: 'isNationalId' });
    expect(validateApplicantValues(ahmed({ nationalId: '٠١٠١٠ ١٢٣٤٥٦' }), TODAY)).toEqual({});
    expect(validateApplicantValues(ahmed({ requestedAmount: { amount: '5e5', currency: 'YER' } }), TODAY)).toEqual({
      'requestedAmount.amount': 'isAmount',
    });
    expect(validateApplicantValues(ahmed({ requestedAmount: { amount: '500000', currency: null } }), TODAY)).toEqual({
      'requestedAmount.currency': 'amountNeedsCurrency',
    });
  });

  it('ignores the currency filled in from the governorate when no amount is asked for', () => {
    const values = ahmed({ requestedAmount: { amount: '', currency: 'YER' } });
    expect(validateApplicantValues(values, TODAY)).toEqual({});
    expect(applicantValuesToInput(values).requestedAmount).toBeUndefined();
  });
});

describe('applicantValuesToInput', () => {
  it('trims, turns Arabic digits into ASCII and leaves empty optional fields out', () => {
    expect(applicantValuesToInput(ahmed({ nationalId: '٠١٠١٠-١٢٣٤٥٦' }))).toEqual({
      fullName: 'أحمد سالم بن علي',
      nationalId: '01010123456',
      category: 'UNIVERSITY_GRADUATE',
      gender: 'MALE',
      birthDate: '1998-03-14',
      governorate: 'YE-HD',
      district: 'المكلا',
      phone: '+967777123456',
      projectSize: 'MICRO',
      requestedAmount: { amount: '500000', currency: 'YER' },
      needs: ['MICRO_LOAN'],
      guaranteeOffered: 'GROUP',
      consentGiven: true,
    });
  });
});

describe('helpers', () => {
  it('finds the local currency of a governorate', () => {
    expect(currencyForGovernorate('YE-HD')).toBe('YER');
    expect(currencyForGovernorate('SA-04')).toBe('SAR');
    expect(currencyForGovernorate(null)).toBeNull();
    expect(currencyForGovernorate('XX-01')).toBeNull();
  });

  it('counts whole years, the birthday included', () => {
    expect(ageOn('1998-03-14', '2026-03-13')).toBe(27);
    expect(ageOn('1998-03-14', '2026-03-14')).toBe(28);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(isIsoDate('2026-01-05')).toBe(true);
    expect(isIsoDate('05/01/2026')).toBe(false);
  });
});

describe('checkPhone', () => {
  it('uses the API rule (normalizePhoneNumber) with the consortium calling code', () => {
    expect(checkPhone('0777-123-456', '967')).toEqual({ e164: '+967777123456', display: '+967 777 123 456', error: null });
    expect(checkPhone('+966501234567', '967')).toEqual({ e164: '+966501234567', display: '+966501234567', error: null });
    expect(checkPhone('12', '967').error).toBe('isPhone');
    expect(checkPhone('777123456', null).error).toBe('phoneNeedsCountryCode');
    expect(checkPhone('+12', null).error).toBe('isPhone');
    expect(checkPhone('', '967')).toEqual({ e164: null, display: null, error: null });
  });

  it('leaves a local number to the API when the consortium is not known here', () => {
    expect(checkPhone('777123456', undefined)).toEqual({ e164: null, display: null, error: null });
    expect(checkPhone('00967777123456', undefined).e164).toBe('+967777123456');
    expect(checkPhone('+12', undefined).error).toBe('isPhone');
  });
});
