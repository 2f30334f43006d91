import { LIMITS, compareAmounts, isKnownCurrency, isValidAmount } from '@shuraka/domain';
import { createElement, type ReactNode } from 'react';
import { Translated } from '../components/Translated';
import type { en } from '../../i18n/en';

export type ValidationKey = keyof typeof en.validation;

/** Form errors as validation keys (translated at the edge), keyed by the dotted field path. */
export type ValidationErrors = Record<string, ValidationKey>;

export interface LocalizedTextValues {
  ar: string;
  en: string;
}

export interface MoneyValues {
  amount: string;
  currency: string | null;
}

export function emptyLocalized(): LocalizedTextValues {
  return { ar: '', en: '' };
}

export function localizedToValues(text: { ar?: string | null; en?: string | null } | null | undefined): LocalizedTextValues {
  return { ar: text?.ar ?? '', en: text?.en ?? '' };
}

/** Both languages, trimmed, empty ones as null (so an update can clear one). */
export function localizedToInput(values: LocalizedTextValues): { ar: string | null; en: string | null } {
  return { ar: values.ar.trim() || null, en: values.en.trim() || null };
}

/** null when neither language is written (an optional text left empty). */
export function optionalLocalizedToInput(values: LocalizedTextValues): { ar: string | null; en: string | null } | null {
  const input = localizedToInput(values);
  return input.ar === null && input.en === null ? null : input;
}

export function moneyToValues(money: { amount: string; currency: string } | null | undefined): MoneyValues {
  return { amount: money?.amount ?? '', currency: money?.currency ?? null };
}

export function moneyToInput(values: MoneyValues): { amount: string; currency: string } | null {
  const amount = values.amount.trim();
  if (!amount || !values.currency) return null;
  return { amount, currency: values.currency };
}

/** Checks a bilingual name: at least one language, none too long. */
export function validateLocalizedName(
  values: LocalizedTextValues,
  path: string,
  errors: ValidationErrors,
  { required = true, maxLength = LIMITS.nameMaxLength }: { required?: boolean; maxLength?: number } = {},
): void {
  const ar = values.ar.trim();
  const en = values.en.trim();
  if (required && !ar && !en) {
    errors[`${path}.ar`] = 'atLeastOneLanguage';
    return;
  }
  if (ar.length > maxLength) errors[`${path}.ar`] = 'maxLength';
  if (en.length > maxLength) errors[`${path}.en`] = 'maxLength';
}

/** Amount and currency go together; the amount is a plain decimal. */
export function validateMoney(values: MoneyValues, path: string, errors: ValidationErrors): void {
  const amount = values.amount.trim();
  if (amount && !isValidAmount(amount)) errors[`${path}.amount`] = 'isAmount';
  else if (amount && !values.currency) errors[`${path}.currency`] = 'amountNeedsCurrency';
  else if (!amount && values.currency) errors[`${path}.amount`] = 'currencyNeedsAmount';
  else if (values.currency && !isKnownCurrency(values.currency)) errors[`${path}.currency`] = 'isCurrency';
}

/** Minimum not above maximum, when both are set in the same currency. */
export function validateMoneyRange(min: MoneyValues, max: MoneyValues, maxPath: string, errors: ValidationErrors): void {
  const minAmount = min.amount.trim();
  const maxAmount = max.amount.trim();
  if (!isValidAmount(minAmount) || !isValidAmount(maxAmount)) return;
  if (!min.currency || min.currency !== max.currency) return;
  if (compareAmounts(minAmount, maxAmount) > 0) errors[`${maxPath}.amount`] = 'rangeOrder';
}

/**
 * Validation keys → messages for Mantine's `validate`. The form keeps an element that translates itself
 * when it renders, never a translated string, so a message already shown follows a change of language.
 */
export function translateValidation(errors: ValidationErrors): Record<string, ReactNode> {
  return Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, validationMessage(key)]));
}

export function validationMessage(key: ValidationKey): ReactNode {
  return createElement(Translated, { i18nKey: `validation.${key}` as const });
}
