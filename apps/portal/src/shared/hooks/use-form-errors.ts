import type { UseFormReturnType } from '@mantine/form';
import { createElement, useCallback, useRef, useState, type RefObject } from 'react';
import { LocalizedMessage, Translated } from '../components/Translated';
import { toApiError, type ApiError } from '../utils/api-errors';
import { isValidationKey } from '../utils/describe-error';
import { formFieldPaths, mapFieldErrors } from '../utils/field-errors';
import { validationMessage, type ValidationKey } from '../utils/form-values';

export interface FormErrorsOptions {
  /**
   * Messages for fields whose API constraint says too little (`matches`, `equals`): API field path → validation key.
   * Other fields keep the message of their constraint.
   */
  fieldErrorKeys?: Readonly<Record<string, ValidationKey>>;
}

export interface FormErrors {
  /** For <FormErrorAlert>: null while there is nothing to say. */
  generalError: ApiError | null;
  /** Puts a failed mutation's field errors under their fields and the rest in the general alert. */
  handleError: (error: unknown) => void;
  clear: () => void;
  /** Attach to the <form>: after a failure the first invalid field gets focus (or the alert is scrolled to). */
  formRef: RefObject<HTMLFormElement | null>;
  /** Pass as the second argument of `form.onSubmit`, for failures found in the browser. */
  onInvalid: () => void;
}

/**
 * On a phone the first error is often off-screen: once the errors have rendered, focus the first invalid field, or
 * else the form's alert (it sits just above the submit button, see <FormErrorAlert>), and scroll it to the middle.
 */
export function revealFirstProblem(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    if (!form) return;
    const target =
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.querySelector<HTMLElement>('[data-form-error]') ??
      form.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'center' });
  });
}

export function useFormErrors<Values extends object>(
  form: Pick<UseFormReturnType<Values>, 'getValues' | 'setErrors'>,
  { fieldErrorKeys }: FormErrorsOptions = {},
): FormErrors {
  const [generalError, setGeneralError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);

  const handleError = useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      if (apiError.code !== 'BAD_USER_INPUT' || apiError.fieldErrors.length === 0) {
        setGeneralError(apiError);
        revealFirstProblem(formRef.current);
        return;
      }
      // Elements that translate themselves at render, so the messages follow a change of language.
      const { errors, unmatched } = mapFieldErrors(apiError.fieldErrors, formFieldPaths(form.getValues()), (fieldError) => {
        const key = fieldErrorKeys?.[fieldError.field.replace(/^input\./, '')] ?? fieldError.constraint;
        if (isValidationKey(key)) return validationMessage(key);
        if (fieldError.localized) return createElement(LocalizedMessage, { text: fieldError.localized });
        return fieldError.message || createElement(Translated, { i18nKey: 'errors.badUserInput' });
      });
      form.setErrors(errors);
      setGeneralError({ ...apiError, fieldErrors: unmatched });
      revealFirstProblem(formRef.current);
    },
    [form, fieldErrorKeys],
  );

  const clear = useCallback(() => setGeneralError(null), []);
  const onInvalid = useCallback(() => revealFirstProblem(formRef.current), []);
  return { generalError, handleError, clear, formRef, onInvalid };
}
