import { createContext, useContext } from 'react';
import type { MeQuery } from '../../../gql/graphql';

export type CurrentUser = MeQuery['me'];

export interface Session {
  user: CurrentUser;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is used outside <AuthGate>');
  return session;
}

/** The session, or null where nobody is signed in (pages that also render signed out). */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

export function useCurrentUser(): CurrentUser {
  return useSession().user;
}
