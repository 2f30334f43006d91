import { hashNationalId, lastDigits, normalizeNationalId } from './identity';

describe('applicant identity', () => {
  it('normalises national ids written differently to the same value', () => {
    expect(normalizeNationalId('٠١٢-٣٤٥ ٦٧٨٩')).toBe('0123456789');
    expect(normalizeNationalId('01234 56789'.replace(' ', ''))).toBe('0123456789');
    expect(lastDigits('0123456789')).toBe('6789');
  });

  it('hashes with a key: same id and key give the same hash, another key another one', () => {
    const key = 'k'.repeat(32);
    expect(hashNationalId('0123456789', key)).toBe(hashNationalId(normalizeNationalId('٠١٢٣٤٥٦٧٨٩'), key));
    expect(hashNationalId('0123456789', key)).not.toBe(hashNationalId('0123456789', 'x'.repeat(32)));
    expect(hashNationalId('0123456789', key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashNationalId('0123456789', key)).not.toContain('0123456789');
  });
});
