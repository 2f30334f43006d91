// The portal's start, imported by main.tsx (the entry): React, Mantine, i18next and the first page.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { BootData } from './app/boot';
import { PRERENDERED_ATTRIBUTE } from './app/boot';
import { rememberEarlyInput } from './app/early-input';
import { Root } from './app/root';
import { createSessionApi } from './app/session-api';
import { createI18nWith, loadTranslation } from './i18n/instance';
import { applyDocumentLanguage, DEFAULT_LANGUAGE, readLanguageChoice, storeLanguage } from './i18n/language';

/** Renders the portal into #root (hydrating the sign-in page when it came in the HTML); `boot`: what the server knew. */
export async function start(root: HTMLElement, boot: BootData | undefined): Promise<void> {
  // The reader's own choice on this device wins; it also goes into the cookie, so the server follows it next time.
  const choice = readLanguageChoice();
  const language = choice ?? boot?.language ?? DEFAULT_LANGUAGE;
  if (choice) storeLanguage(choice);
  // Before the first render, so the page never flashes in the wrong direction.
  applyDocumentLanguage(language);
  // Arabic is in this bundle; an English reader waits for English's chunk (it falls back to Arabic).
  const texts = { [DEFAULT_LANGUAGE]: await loadTranslation(DEFAULT_LANGUAGE), [language]: await loadTranslation(language) };
  const i18n = createI18nWith(language, texts);
  const api = createSessionApi({ getLanguage: () => i18n.resolvedLanguage ?? language });
  const element = <Root i18n={i18n} api={api} initialUser={boot ? (boot.session?.me ?? null) : undefined} />;
  // The sign-in page came rendered in the HTML (the server found no session): React takes it over as it is. Otherwise
  // (signed in, or another language chosen here) React renders. Either way as a transition: React works in slices of
  // a few milliseconds, yielding to the browser in between, rather than in one long task.
  const hydrate = root.hasAttribute(PRERENDERED_ATTRIBUTE) && boot?.session === null && boot.language === language;
  rememberEarlyInput(); // before a new render replaces the prerendered form
  startTransition(() => {
    if (hydrate) hydrateRoot(root, element);
    else createRoot(root).render(element);
  });
}
