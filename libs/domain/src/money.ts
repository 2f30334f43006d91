/** Money travels as a decimal string with an ISO 4217 currency; never as a float. */
export interface Money {
  amount: string;
  currency: string;
}

export const CURRENCIES = ['YER', 'SAR', 'USD', 'BHD', 'EGP', 'LBP', 'SDG', 'MAD', 'AED', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The usual currency of a country where consortia work (ISO 3166-1 alpha-2), to prefill amounts. */
const COUNTRY_CURRENCIES: Readonly<Record<string, Currency>> = { YE: 'YER', SA: 'SAR', BH: 'BHD', EG: 'EGP', LB: 'LBP', SD: 'SDG', MA: 'MAD' };

export function currencyOfCountry(country: string | null | undefined): Currency | null {
  return (country && COUNTRY_CURRENCIES[country]) || null;
}

const AMOUNT = /^(0|[1-9]\d{0,14})(\.\d{1,3})?$/;

export function isValidAmount(amount: string): boolean {
  return AMOUNT.test(amount);
}

export function isKnownCurrency(currency: string): currency is Currency {
  return (CURRENCIES as readonly string[]).includes(currency);
}

/** Compares two non-negative decimal strings exactly (no float rounding). */
export function compareAmounts(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, '0');
  const fb = bf.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
