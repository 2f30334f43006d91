import { Role } from '@shuraka/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testUser } from '../../test/render';
import { NotFoundPage } from './NotFoundPage';

function renderNotFound(user: ReturnType<typeof testUser> | null, language: 'ar' | 'en' = 'en') {
  return renderApp(null, { language, user, routes: [{ path: '*', element: <NotFoundPage /> }], path: '/no/such/page' });
}

describe('not-found page', () => {
  it.each([
    [Role.COORDINATOR, '/applicants', 'Go to your applicants'],
    [Role.PARTNER_STAFF, '/referrals', 'Go to your referrals inbox'],
    [Role.COMMITTEE_MEMBER, '/dashboard', 'Go to the dashboard'],
    [Role.VIEWER, '/organizations', 'Go to the directory'],
    [Role.ADMIN, '/organizations', 'Go to the directory'],
  ])('leads a %s to their own home', async (role, href, label) => {
    renderNotFound(testUser({ role }));
    const link = await screen.findByTestId('not-found-home');
    expect(link.getAttribute('href')).toBe(href);
    expect(link.textContent).toBe(label);
  });

  it('leads someone signed out to the sign-in page, in Arabic', async () => {
    renderNotFound(null, 'ar');
    const link = await screen.findByTestId('not-found-home');
    expect(link.getAttribute('href')).toBe('/');
    expect(link.textContent).toBe('الذهاب إلى تسجيل الدخول');
  });
});
