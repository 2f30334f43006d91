import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Center, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_EXPIRED_EVENT } from '../../../app/session-events';
import { ErrorState, PageLoader } from '../../../shared/components/states';
import { toApiError } from '../../../shared/utils/api-errors';
import { LOGOUT, ME_QUERY } from '../graphql/auth.graphql';
import { SessionContext, type Session } from '../hooks/use-current-user';
import { SignInPage } from './SignInPage';

/**
 * Asks the API who is signed in (`me`) and shows the sign-in page until someone is.
 * The session itself is an httpOnly cookie: nothing about it is kept in script.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, error, loading, refetch } = useQuery(ME_QUERY);
  const [logout] = useMutation(LOGOUT);

  const recheck = useCallback(() => refetch().catch(() => undefined), [refetch]);

  useEffect(() => {
    const onExpired = () => {
      // One notice however many requests found the session gone at once.
      notifications.show({ id: 'session-expired', color: 'orange', message: t('errors.unauthenticated') });
      void recheck();
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, [recheck, t]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (failure) {
      // Already signed out on the server is fine; anything else means the cookie may still be set.
      if (toApiError(failure).code !== 'UNAUTHENTICATED') {
        notifications.show({ color: 'red', message: t('auth.signOut.failed') });
        return;
      }
    }
    await client.clearStore();
    await recheck();
  }, [client, logout, recheck, t]);

  const user = data?.me;
  const session = useMemo<Session | null>(() => (user ? { user, signOut } : null), [user, signOut]);

  const errorCode = error ? toApiError(error).code : null;
  if (errorCode === 'UNAUTHENTICATED') return <SignInPage onSignedIn={recheck} />;
  if (session && !error) return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  if (loading) {
    return (
      <Center mih="100dvh">
        <PageLoader />
      </Center>
    );
  }
  if (error) {
    return (
      <Center mih="100dvh" p="md">
        <Stack maw={480} w="100%">
          <ErrorState error={error} title={t('auth.sessionCheckFailed')} onRetry={() => void recheck()} />
        </Stack>
      </Center>
    );
  }
  // No user and no error cannot come from the API (me is non-null); treat it as signed out.
  return <SignInPage onSignedIn={recheck} />;
}

