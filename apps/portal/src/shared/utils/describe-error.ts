import type { TFunction } from 'i18next';
// Arabic, not English: the primary language is in the first download anyway (English loads when chosen).
import { ar } from '../../i18n/ar';
import type { en } from '../../i18n/en';
import type { ApiErrorCode, ApiFieldError } from './api-errors';

type ValidationKey = keyof typeof en.validation;

export function isValidationKey(constraint: string | undefined): constraint is ValidationKey {
  return constraint !== undefined && Object.prototype.hasOwnProperty.call(ar.validation, constraint);
}

/** A field error in the reader's language when its constraint is known, else the API's own message. */
export function describeFieldError(error: ApiFieldError, t: TFunction): string {
  if (isValidationKey(error.constraint)) return t(`validation.${error.constraint}`);
  return error.message || t('errors.badUserInput');
}

const CODE_KEYS = {
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  BAD_USER_INPUT: 'errors.badUserInput',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  TOO_MANY_REQUESTS: 'errors.tooManyRequests',
  NETWORK: 'errors.network',
  UNKNOWN: 'errors.unknown',
} as const satisfies Record<ApiErrorCode, `errors.${keyof typeof en.errors}`>;

export function describeErrorCode(code: ApiErrorCode, t: TFunction): string {
  return t(CODE_KEYS[code]);
}
