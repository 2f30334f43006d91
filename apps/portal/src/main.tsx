import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { PRERENDERED_ATTRIBUTE, readBootData } from './app/boot';
import { Root } from './app/root';
import { createSessionApi } from './app/session-api';
import { createI18nWith, loadTranslation } from './i18n/instance';
import { applyDocumentLanguage, DEFAULT_LANGUAGE, readLanguageChoice, storeLanguage } from './i18n/language';

// What the server knew when it sent the page: the language it rendered in, and who (if anyone) is signed in.
const boot = readBootData();
// The reader's own choice on this device wins; it also goes into the cookie, so the server follows it next time.
const choice = readLanguageChoice();
const language = choice ?? boot?.language ?? DEFAULT_LANGUAGE;
if (choice) storeLanguage(choice);
// Before the first render, so the page never flashes in the wrong direction.
applyDocumentLanguage(language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

async function start() {
  // Arabic is in this bundle; an English reader waits for English's chunk (it falls back to Arabic).
  const texts = { [DEFAULT_LANGUAGE]: await loadTranslation(DEFAULT_LANGUAGE), [language]: await loadTranslation(language) };
  const i18n = createI18nWith(language, texts);
  const api = createSessionApi({ getLanguage: () => i18n.resolvedLanguage ?? language });
  const element = <Root i18n={i18n} api={api} initialUser={boot ? (boot.session?.me ?? null) : undefined} />;
  // The sign-in page came rendered in the HTML (the server found no session): React takes it over as it is. Otherwise
  // (signed in, or another language chosen here) React renders. Either way as a transition: React works in slices of
  // a few milliseconds, yielding to the browser in between, rather than in one long task.
  const hydrate = root!.hasAttribute(PRERENDERED_ATTRIBUTE) && boot?.session === null && boot.language === language;
  startTransition(() => {
    if (hydrate) hydrateRoot(root!, element);
    else createRoot(root!).render(element);
  });
}

void start();
