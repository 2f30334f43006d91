import type { TFunction } from 'i18next';
import type { Locale } from '@shuraka/domain';
import { formatMoney, formatMoneyRange, formatNumber, type MoneyValue } from '../../../shared/utils/format';

/** `١٨ – ٣٥`, `من ١٨`, `حتى ٣٥`, or null when no bound is set. */
export function formatAgeRange(min: number | null, max: number | null, locale: Locale, t: TFunction): string | null {
  if (min !== null && max !== null) return t('common.values.range', { min: formatNumber(min, locale), max: formatNumber(max, locale) });
  if (min !== null) return t('common.values.from', { min: formatNumber(min, locale) });
  if (max !== null) return t('common.values.upTo', { max: formatNumber(max, locale) });
  return null;
}

/** The loan or grant range of a service, or null when it states none. */
export function formatAmountRange(min: MoneyValue | null, max: MoneyValue | null, locale: Locale, t: TFunction): string | null {
  if (min && max) return formatMoneyRange(min, max, locale);
  if (min) return t('common.values.from', { min: formatMoney(min, locale) });
  if (max) return t('common.values.upTo', { max: formatMoney(max, locale) });
  return null;
}
