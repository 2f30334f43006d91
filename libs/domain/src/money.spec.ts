import fc from 'fast-check';
import { compareAmounts, isValidAmount } from './money';

describe('money', () => {
  it('accepts decimal strings and refuses floats in disguise', () => {
    expect(isValidAmount('1304400000')).toBe(true);
    expect(isValidAmount('250000.50')).toBe(true);
    expect(isValidAmount('1e6')).toBe(false);
    expect(isValidAmount('-5')).toBe(false);
    expect(isValidAmount('01')).toBe(false);
    expect(isValidAmount('')).toBe(false);
  });

  it('compares exactly, beyond float precision', () => {
    expect(compareAmounts('900719925474099.3', '900719925474099.2')).toBe(1);
    expect(compareAmounts('10', '9.999')).toBe(1);
    expect(compareAmounts('5.50', '5.5')).toBe(0);
  });

  it('agrees with BigInt arithmetic on random amounts', () => {
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 999 }));
    fc.assert(
      fc.property(amount, amount, ([ai, af], [bi, bf]) => {
        const a = `${ai}.${String(af).padStart(3, '0')}`;
        const b = `${bi}.${String(bf).padStart(3, '0')}`;
        const expected = Math.sign(Number(ai * 1000n + BigInt(af) - (bi * 1000n + BigInt(bf))));
        expect(compareAmounts(a, b)).toBe(expected);
      }),
    );
  });
});
