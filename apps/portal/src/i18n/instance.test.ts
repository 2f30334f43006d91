import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { createI18nWith, ensureLanguage, loadTranslation } from './instance';

describe('the app’s i18n instance: Arabic bundled, English on demand', () => {
  it('starts with Arabic only, and loads English when it is chosen', async () => {
    const i18n = createI18nWith('ar', { ar });
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.t('auth.signIn.submit')).toBe('دخول');

    await ensureLanguage(i18n, 'en');
    await i18n.changeLanguage('en');
    expect(i18n.t('auth.signIn.submit')).toBe('Sign in');
  });

  it('starts an English reader in English, with Arabic as the fallback', async () => {
    const i18n = createI18nWith('en', { ar, en: await loadTranslation('en') });
    expect(i18n.t('auth.signIn.submit')).toBe('Sign in');
    expect(i18n.options.fallbackLng).toEqual(['ar']);
  });
});
