import { useDirection } from '@mantine/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage } from '../../i18n/language';
import { renderApp } from '../../test/render';
import { LanguageSwitch } from './LanguageSwitch';

function Probe() {
  const { dir } = useDirection();
  const { t } = useTranslation();
  return (
    <p data-testid="probe" data-mantine-dir={dir}>
      {t('organizations.list.title')}
    </p>
  );
}

describe('LanguageSwitch', () => {
  it('starts in Arabic, right to left, offering English', () => {
    renderApp(
      <>
        <LanguageSwitch />
        <Probe />
      </>,
    );
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('lang-switch')).toHaveProperty('textContent', 'English');
    expect(screen.getByTestId('probe').textContent).toBe('الجهات');
    expect(screen.getByTestId('probe').dataset.mantineDir).toBe('rtl');
  });

  it('switches texts, <html lang dir>, Mantine direction and the saved choice together, and back', async () => {
    renderApp(
      <>
        <LanguageSwitch />
        <Probe />
      </>,
    );

    fireEvent.click(screen.getByTestId('lang-switch'));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('Organisations'));
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByTestId('probe').dataset.mantineDir).toBe('ltr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    // Also a cookie: the server sends the sign-in page in the chosen language.
    expect(document.cookie).toContain('shuraka_language=en');
    expect(screen.getByTestId('lang-switch').textContent).toBe('العربية');
    expect(screen.getByTestId('lang-switch').getAttribute('lang')).toBe('ar');

    fireEvent.click(screen.getByTestId('lang-switch'));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('الجهات'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(readStoredLanguage()).toBe('ar');
    expect(document.cookie).toContain('shuraka_language=ar');
  });
});

describe('readStoredLanguage', () => {
  it('defaults to Arabic and ignores values it does not know', () => {
    expect(readStoredLanguage({ getItem: () => null })).toBe('ar');
    expect(readStoredLanguage({ getItem: () => 'fr' })).toBe('ar');
    expect(readStoredLanguage({ getItem: () => 'en' })).toBe('en');
    expect(
      readStoredLanguage({
        getItem: () => {
          throw new Error('storage disabled');
        },
      }),
    ).toBe('ar');
  });
});
