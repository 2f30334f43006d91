import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError } from '../../../test/graphql-fetch';
import { renderApp } from '../../../test/render';
import { announceSessionExpired } from '../../../app/session-events';
import { useSession } from '../hooks/use-current-user';
import { AuthGate } from './AuthGate';

const salem = {
  __typename: 'User',
  id: 'u1',
  email: 'salem@awn.test',
  displayName: 'سالم باوزير',
  role: 'PARTNER_STAFF',
  organization: { __typename: 'Organization', id: 'org-awn', name: { __typename: 'LocalizedText', ar: 'مؤسسة العون', en: null } },
};

function Greeting() {
  const { user, signOut } = useSession();
  return (
    <>
      <p data-testid="greeting">{user.displayName}</p>
      <button type="button" onClick={() => void signOut()}>
        sign out
      </button>
    </>
  );
}

function signIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/البريد الإلكتروني/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/كلمة المرور/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'دخول' }));
}

describe('AuthGate', () => {
  it('shows the sign-in page when there is no session, explains failures, then lets the user in', async () => {
    let signedIn = false;
    const loginAnswers = [
      graphQLError('UNAUTHENTICATED', 'Invalid email or password'),
      graphQLError('TOO_MANY_REQUESTS', 'Too many login attempts'),
    ];
    const { requests } = renderApp(
      <AuthGate>
        <Greeting />
      </AuthGate>,
      {
        user: null,
        handlers: {
          Me: () => (signedIn ? { data: { me: salem } } : graphQLError('UNAUTHENTICATED')),
          Login: () => {
            const next = loginAnswers.shift();
            if (next) return next;
            signedIn = true;
            return { data: { login: { __typename: 'AuthPayload', user: salem } } };
          },
        },
      },
    );

    expect(await screen.findByRole('heading', { name: 'تسجيل الدخول' })).toBeTruthy();

    signIn('salem@awn.test', 'wrong password');
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    expect((screen.getByLabelText(/كلمة المرور/) as HTMLInputElement).value).toBe('');

    signIn('salem@awn.test', 'wrong again');
    await waitFor(() =>
      expect(screen.getByTestId('sign-in-error').textContent).toBe('محاولات دخول كثيرة. انتظر دقيقة ثم حاول مرة أخرى.'),
    );

    signIn('  salem@awn.test ', 'correct horse battery');
    expect((await screen.findByTestId('greeting')).textContent).toBe('سالم باوزير');

    const login = requests.filter((request) => request.operationName === 'Login').at(-1);
    expect(login?.variables).toEqual({ input: { email: 'salem@awn.test', password: 'correct horse battery' } });
  });

  it('asks for both fields before calling the API', async () => {
    const { requests } = renderApp(
      <AuthGate>
        <Greeting />
      </AuthGate>,
      { user: null, handlers: { Me: () => graphQLError('UNAUTHENTICATED') } },
    );
    await screen.findByRole('heading', { name: 'تسجيل الدخول' });
    fireEvent.click(screen.getByRole('button', { name: 'دخول' }));
    expect(await screen.findByText('أدخل بريدك الإلكتروني.')).toBeTruthy();
    expect(screen.getByText('أدخل كلمة المرور.')).toBeTruthy();
    expect(requests.some((request) => request.operationName === 'Login')).toBe(false);
  });

  it('offers a retry when the API cannot be reached', async () => {
    let reachable = false;
    renderApp(
      <AuthGate>
        <Greeting />
      </AuthGate>,
      {
        user: null,
        handlers: {
          Me: () => (reachable ? { data: { me: salem } } : graphQLError('INTERNAL_SERVER_ERROR', 'database down')),
        },
      },
    );
    expect((await screen.findByTestId('error-state')).textContent).toContain('تعذّر الوصول إلى منصة شركاء.');
    reachable = true;
    fireEvent.click(screen.getByRole('button', { name: 'إعادة المحاولة' }));
    expect((await screen.findByTestId('greeting')).textContent).toBe('سالم باوزير');
  });

  it('signs out through the API and returns to the sign-in page', async () => {
    let session = true;
    const { requests } = renderApp(
      <AuthGate>
        <Greeting />
      </AuthGate>,
      {
        user: null,
        handlers: {
          Me: () => (session ? { data: { me: salem } } : graphQLError('UNAUTHENTICATED')),
          Logout: () => {
            session = false;
            return { data: { logout: true } };
          },
        },
      },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'sign out' }));
    expect(await screen.findByRole('heading', { name: 'تسجيل الدخول' })).toBeTruthy();
    expect(requests.map((request) => request.operationName)).toEqual(['Me', 'Logout', 'Me']);
  });

  it('goes back to the sign-in page when a request finds the session expired', async () => {
    let session = true;
    renderApp(
      <AuthGate>
        <Greeting />
      </AuthGate>,
      { user: null, handlers: { Me: () => (session ? { data: { me: salem } } : graphQLError('UNAUTHENTICATED')) } },
    );
    await screen.findByTestId('greeting');
    session = false;
    announceSessionExpired();
    expect(await screen.findByRole('heading', { name: 'تسجيل الدخول' })).toBeTruthy();
    expect(await screen.findByText('انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.')).toBeTruthy();
  });

  it('takes the session the server inlined in the page: no `me` request, and sign-out still goes through the API', async () => {
    let signedIn = true;
    const { requests } = renderApp(
      <AuthGate initialUser={salem as never}>
        <Greeting />
      </AuthGate>,
      {
        user: null,
        handlers: {
          Me: () => (signedIn ? { data: { me: salem } } : graphQLError('UNAUTHENTICATED')),
          Logout: () => {
            signedIn = false;
            return { data: { logout: true } };
          },
        },
      },
    );
    // Shown at once, from the first render (no loader, no request).
    expect(screen.getByTestId('greeting').textContent).toBe('سالم باوزير');
    await new Promise((resume) => setTimeout(resume, 50));
    expect(requests).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'sign out' }));
    expect(await screen.findByRole('heading', { name: 'تسجيل الدخول' })).toBeTruthy();
    expect(requests.map((request) => request.operationName)).toEqual(['Logout', 'Me']);
  });

  it('shows the sign-in page at once when the server found no session, without asking, and lets the user in', async () => {
    let signedIn = false;
    const { requests } = renderApp(
      <AuthGate initialUser={null}>
        <Greeting />
      </AuthGate>,
      {
        user: null,
        handlers: {
          Me: () => (signedIn ? { data: { me: salem } } : graphQLError('UNAUTHENTICATED')),
          Login: () => {
            signedIn = true;
            return { data: { login: { __typename: 'AuthPayload', user: salem } } };
          },
        },
      },
    );
    expect(screen.getByRole('heading', { name: 'تسجيل الدخول' })).toBeTruthy();
    await new Promise((resume) => setTimeout(resume, 50));
    expect(requests).toEqual([]);

    signIn('salem@awn.test', 'correct horse battery');
    expect((await screen.findByTestId('greeting')).textContent).toBe('سالم باوزير');
    expect(requests.map((request) => request.operationName)).toEqual(['Login', 'Me']);
  });
});
