import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/providers';
import { createSessionApi } from './app/session-api';
import { createI18nWith, loadTranslation } from './i18n/instance';
import { applyDocumentLanguage, DEFAULT_LANGUAGE, readStoredLanguage } from './i18n/language';

// Before the first render, so the page never flashes in the wrong direction.
const language = readStoredLanguage();
applyDocumentLanguage(language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

async function start() {
  // Arabic is in this bundle; an English reader waits for English's chunk (it falls back to Arabic).
  const texts = { [DEFAULT_LANGUAGE]: await loadTranslation(DEFAULT_LANGUAGE), [language]: await loadTranslation(language) };
  const i18n = createI18nWith(language, texts);
  const api = createSessionApi({ getLanguage: () => i18n.resolvedLanguage ?? language });
  createRoot(root!).render(
    <StrictMode>
      <AppProviders i18n={i18n} api={api}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
