import { Center } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { AuthGate } from '../modules/auth/components/AuthGate';
import type { CurrentUser } from '../modules/auth/hooks/use-current-user';
import { PageLoader } from '../shared/components/states';
import { DemoBanner } from './shell/DemoBanner';

// The sign-in page is the first page on a phone on 3G: Apollo Client, the router and the pages load after it.
// Once someone is signed in, the page they opened loads alongside the signed-in app rather than after it (the list
// of pages is a small chunk of its own: it names every page's files, which the sign-in page does not need).
const SignedInApp = lazy(() => {
  void import('./pages').then(({ preloadPage }) => preloadPage(window.location.pathname));
  return import('./SignedInApp').then((m) => ({ default: m.SignedInApp }));
});

export function App({ initialUser }: { initialUser?: CurrentUser | null }) {
  return (
    <>
      <AuthGate initialUser={initialUser}>
        <Suspense
          fallback={
            <Center mih="100dvh">
              <PageLoader />
            </Center>
          }
        >
          <SignedInApp />
        </Suspense>
      </AuthGate>
      <DemoBanner />
    </>
  );
}
