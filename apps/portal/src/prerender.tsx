// Server-side entry of the build (build/boot-plugin.ts): renders the sign-in page, as the browser's first render
// shows it to a visitor without a session, into HTML for index.html's #root, once per language. The browser then
// hydrates it (main.tsx) rather than painting it only after every script has run.
import type { Locale } from '@shuraka/domain';
import { print } from 'graphql';
import { renderToString } from 'react-dom/server';
import { Root } from './app/root';
import { createSessionApi } from './app/session-api';
import { createI18nWith, loadTranslation } from './i18n/instance';
import { DEFAULT_LANGUAGE } from './i18n/language';
import { ME_QUERY } from './modules/auth/graphql/auth.graphql';

export const LANGUAGES: readonly Locale[] = ['ar', 'en'];

/** The sign-in page's markup (the inside of #root) and its title, in one language. */
export async function renderSignIn(language: Locale): Promise<{ html: string; title: string }> {
  const texts = { [DEFAULT_LANGUAGE]: await loadTranslation(DEFAULT_LANGUAGE), [language]: await loadTranslation(language) };
  const i18n = createI18nWith(language, texts);
  // Never called here: effects (the demo banner's request) do not run on the server.
  const api = createSessionApi({ fetch: () => Promise.reject(new Error('no requests while prerendering')) });
  const html = renderToString(<Root i18n={i18n} api={api} initialUser={null} />);
  return { html, title: `${i18n.t('auth.signIn.title')} — ${i18n.t('common.appName')}` };
}

/** The portal's own `me` operation, as it sends it: the server asks it for the page's request, to inline the answer. */
export const ME_OPERATION = print(ME_QUERY);
