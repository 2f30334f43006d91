import { Center, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_EXPIRED_EVENT } from '../../../app/session-events';
import { useSessionApi } from '../../../app/session-api';
import { ErrorState, PageLoader } from '../../../shared/components/states';
import { toApiError } from '../../../shared/utils/api-errors';
import { LOGOUT, ME_QUERY } from '../graphql/auth.graphql';
import { SessionContext, type CurrentUser, type Session } from '../hooks/use-current-user';
import { SignInPage } from './SignInPage';

interface SessionCheck {
  user: CurrentUser | null;
  error: unknown;
  loading: boolean;
  /** The server already said nobody is signed in (the sign-in page came with the HTML). */
  signedOut?: boolean;
}

export interface AuthGateProps {
  children: ReactNode;
  /**
   * What the server found for this page's request (app/boot.ts): the signed-in user, or `null` for nobody. Given,
   * the first check costs no request; absent, the gate asks the API.
   */
  initialUser?: CurrentUser | null;
}

/**
 * Asks the API who is signed in (`me`) and shows the sign-in page until someone is.
 * The session itself is an httpOnly cookie: nothing about it is kept in script. The check goes through the
 * session API (plain fetch): the signed-in app, with Apollo Client, loads only once someone is signed in, and
 * leaves with its cache when the session ends.
 */
export function AuthGate({ children, initialUser }: AuthGateProps) {
  const { t } = useTranslation();
  const api = useSessionApi();
  const [check, setCheck] = useState<SessionCheck>(() =>
    initialUser === undefined ? { user: null, error: null, loading: true } : { user: initialUser, error: null, loading: false, signedOut: !initialUser },
  );
  const latest = useRef(0);
  const known = useRef(initialUser !== undefined);

  // While a check runs, whoever is signed in stays on the page (as before a refetch); the answer replaces them.
  const recheck = useCallback(async () => {
    const ticket = ++latest.current;
    setCheck((previous) => ({ ...previous, loading: true }));
    try {
      const { me } = await api.request(ME_QUERY);
      if (ticket === latest.current) setCheck({ user: me, error: null, loading: false });
    } catch (error) {
      if (ticket === latest.current) setCheck({ user: null, error, loading: false });
    }
  }, [api]);

  useEffect(() => {
    // Once: the server's answer stands for the first check (and StrictMode's second mount does not ask either).
    if (known.current) return;
    void recheck();
  }, [recheck]);

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
      await api.request(LOGOUT);
    } catch (failure) {
      // Already signed out on the server is fine; anything else means the cookie may still be set.
      if (toApiError(failure).code !== 'UNAUTHENTICATED') {
        notifications.show({ color: 'red', message: t('auth.signOut.failed') });
        return;
      }
    }
    await recheck();
  }, [api, recheck, t]);

  const { user, error, loading } = check;
  const session = useMemo<Session | null>(() => (user ? { user, signOut } : null), [user, signOut]);

  const errorCode = error ? toApiError(error).code : null;
  if (errorCode === 'UNAUTHENTICATED' || check.signedOut) return <SignInPage onSignedIn={recheck} />;
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
