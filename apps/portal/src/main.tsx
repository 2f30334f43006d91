import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo-client';
import { AppProviders } from './app/providers';
import { announceSessionExpired } from './app/session-events';
import { applyDocumentLanguage, createI18n, readStoredLanguage } from './i18n';

// Before the first render, so the page never flashes in the wrong direction.
const language = readStoredLanguage();
applyDocumentLanguage(language);
const i18n = createI18n(language);

const client = createApolloClient({
  getLanguage: () => i18n.resolvedLanguage ?? language,
  onUnauthenticated: () => announceSessionExpired(),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders i18n={i18n} client={client}>
      <App />
    </AppProviders>
  </StrictMode>,
);
