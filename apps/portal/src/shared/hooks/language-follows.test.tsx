import { TextInput } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageHeader } from '../components/PageHeader';
import type { ValidationErrors } from '../utils/form-values';
import { useApiForm } from './use-api-form';

function ServicesHeader() {
  const { t } = useTranslation();
  return <PageHeader title={t('services.list.title')} />;
}

/** A form whose browser check fails on `name` and whose API call fails on `phone` (a field error with a constraint). */
function PhoneForm() {
  const { form, submit, generalError, formRef } = useApiForm({
    initialValues: { name: '', phone: '' },
    validate: (values): ValidationErrors => (values.name ? {} : { name: 'isNotEmpty' }),
    onSubmit: async () => {
      throw new CombinedGraphQLErrors({
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [
                { field: 'input.phone', message: 'phone must be a phone number', constraint: 'isPhone' },
                { field: 'input.elsewhere', message: 'x', constraint: 'isNotEmpty' },
              ],
            },
          },
        ],
      });
    },
  });
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <FormErrorAlert error={generalError} />
      <TextInput label="name" {...form.getInputProps('name')} data-testid="name" />
      <TextInput label="phone" {...form.getInputProps('phone')} data-testid="phone" />
      <button type="submit">send</button>
    </form>
  );
}

describe('texts already shown follow a change of language', () => {
  it('names the page in the browser tab, in the chosen language', async () => {
    renderApp(
      <>
        <LanguageSwitch />
        <ServicesHeader />
      </>,
    );
    expect(document.title).toBe('الخدمات — شركاء');
    fireEvent.click(screen.getByTestId('lang-switch'));
    await waitFor(() => expect(document.title).toBe('Services — Shuraka'));
  });

  it('translates browser and API field errors at render, so Arabic errors become English after switching', async () => {
    renderApp(
      <>
        <LanguageSwitch />
        <PhoneForm />
      </>,
    );
    fireEvent.click(screen.getByText('send'));
    expect(await screen.findByText('هذا الحقل مطلوب.')).toBeTruthy();

    fireEvent.change(screen.getByTestId('name'), { target: { value: 'سلمى' } });
    fireEvent.click(screen.getByText('send'));
    expect(await screen.findByText(/أدخل رقم هاتف من 7 إلى 15 رقماً/)).toBeTruthy();
    expect(screen.getByTestId('form-error').textContent).toContain('هذا الحقل مطلوب.');

    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(await screen.findByText(/Enter a phone number of 7 to 15 digits/)).toBeTruthy();
    expect(screen.getByTestId('form-error').textContent).toContain('This field is required.');
    expect(screen.queryByText(/أدخل رقم هاتف/)).toBeNull();
  });
});
