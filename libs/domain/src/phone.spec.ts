import { callingCodeOf, normalizePhoneNumber } from './phone';

describe('normalizePhoneNumber', () => {
  it('gives the forms of one Yemeni number the same E.164 value', () => {
    const forms = ['777123456', '0777123456', '+967 777-123-456', '00967777123456', '٧٧٧١٢٣٤٥٦', '٠٠٩٦٧ ٧٧٧ ١٢٣ ٤٥٦', '۷۷۷۱۲۳۴۵۶', '967777123456', '(0) 777.123.456'];
    for (const form of forms) expect([form, normalizePhoneNumber(form, '967')]).toEqual([form, '+967777123456']);
  });

  it('keeps a number written with another country prefix in that country', () => {
    expect(normalizePhoneNumber('+966 50 123 4567', '967')).toBe('+966501234567');
    expect(normalizePhoneNumber('00966501234567', '967')).toBe('+966501234567');
    expect(normalizePhoneNumber('0501234567', '966')).toBe('+966501234567');
  });

  it('needs a calling code for a number without a country prefix', () => {
    expect(normalizePhoneNumber('777123456', null)).toBeNull();
    expect(normalizePhoneNumber('+967777123456', null)).toBe('+967777123456');
  });

  it('refuses what cannot be a phone number', () => {
    expect(normalizePhoneNumber('12', '967')).toBeNull();
    expect(normalizePhoneNumber('+0777123456', '967')).toBeNull();
    expect(normalizePhoneNumber('+9677771234567890', '967')).toBeNull();
    expect(normalizePhoneNumber('777-abc-456', '967')).toBeNull();
    expect(normalizePhoneNumber('', '967')).toBeNull();
  });

  it('knows the calling codes of the countries consortia work in', () => {
    expect(callingCodeOf('YE')).toBe('967');
    expect(callingCodeOf('SA')).toBe('966');
    expect(callingCodeOf('XX')).toBeNull();
  });
});
