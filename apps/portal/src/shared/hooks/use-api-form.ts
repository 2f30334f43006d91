import { useForm, type UseFormReturnType } from '@mantine/form';
import type { FormEvent, RefObject } from 'react';
import type { ApiError } from '../utils/api-errors';
import { translateValidation, type ValidationErrors } from '../utils/form-values';
import { useFormErrors, type FormErrorsOptions } from './use-form-errors';

export interface ApiFormOptions<Values> extends FormErrorsOptions {
  initialValues: Values;
  /** Checks done in the browser before sending: validation keys by field path, translated here. */
  validate: (values: Values) => ValidationErrors;
  /** Sends the values; a rejection is shown on the form (field errors under their fields, the rest above). */
  onSubmit: (values: Values, form: UseFormReturnType<Values>) => Promise<void>;
}

export interface ApiForm<Values> {
  form: UseFormReturnType<Values>;
  /** For `<form onSubmit>`: validates, sends, and shows what failed. */
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  /** For <FormErrorAlert>: what failed that no field can show, null while there is nothing to say. */
  generalError: ApiError | null;
  clearGeneralError: () => void;
  /** Attach to the <form>, so the first problem is brought into view after a failure. */
  formRef: RefObject<HTMLFormElement | null>;
}

/** The wiring every form that writes to the API shares: Mantine form, browser checks, API errors on the fields. */
export function useApiForm<Values extends object>({
  initialValues,
  validate,
  onSubmit,
  fieldErrorKeys,
}: ApiFormOptions<Values>): ApiForm<Values> {
  const form = useForm<Values>({
    initialValues,
    validate: (values) => translateValidation(validate(values)),
  });
  const { generalError, handleError, clear, formRef, onInvalid } = useFormErrors(form, { fieldErrorKeys });

  const submit = form.onSubmit(async (values) => {
    clear();
    try {
      await onSubmit(values, form);
    } catch (error) {
      handleError(error);
    }
  }, onInvalid);

  return { form, submit, generalError, clearGeneralError: clear, formRef };
}
