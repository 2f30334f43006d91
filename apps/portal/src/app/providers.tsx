import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { directionOf, isLocale, DEFAULT_LANGUAGE } from '../i18n/language';
import { theme } from './theme';

export interface AppProvidersProps {
  i18n: I18n;
  client: ApolloClient;
  children: ReactNode;
}

export function AppProviders({ i18n, client, children }: AppProvidersProps) {
  const language = isLocale(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
        <MantineProvider theme={theme}>
          <Notifications position="top-center" limit={3} />
          <ApolloProvider client={client}>{children}</ApolloProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
