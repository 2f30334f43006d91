import { Role } from '@shuraka/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../../app/shell/AppLayout';
import { text } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { UNREAD_POLL_MS } from '../hooks/use-notifications';
import { NotificationsPage } from './NotificationsPage';

const staff = testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } } });

const notification = (id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> & { id: string; readAt: string | null } => ({
  __typename: 'Notification',
  id,
  kind: 'QUESTIONNAIRE_DUE_SOON',
  title: text('يقترب موعد تسليم الاستبيان «الجهات المقرضة»', 'Questionnaire "Lending partners" is due soon'),
  body: text('موعد التسليم 2026-12-04.', 'It is due on 2026-12-04.'),
  link: `/assignments/${id}`,
  createdAt: '2026-12-01T06:00:00Z',
  readAt: null,
  ...overrides,
});

/** A small in-memory API: the notifications of one user, and who read what. */
function api(initial: Array<ReturnType<typeof notification>>) {
  const rows = initial.map((row) => ({ ...row }));
  const unread = () => rows.filter((row) => row.readAt === null).length;
  return {
    rows,
    handlers: {
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread() } }),
      Notifications: (variables: Record<string, unknown>) => {
        const shown = rows.filter((row) => !variables.unreadOnly || row.readAt === null);
        return {
          data: {
            notifications: {
              __typename: 'NotificationConnection',
              totalCount: shown.length,
              edges: shown.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        };
      },
      MarkNotificationsRead: (variables: Record<string, unknown>) => {
        const input = variables.input as { ids?: string[]; all?: boolean };
        const chosen = rows.filter((row) => row.readAt === null && (input.all || input.ids?.includes(row.id)));
        chosen.forEach((row) => (row.readAt = '2026-12-01T07:00:00Z'));
        return { data: { markNotificationsRead: chosen.length } };
      },
    },
  };
}

const routes = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'assignments/:id', element: <div data-testid="assignment-page" /> },
      { path: 'referrals', element: <div data-testid="referrals-page" /> },
    ],
  },
];

const setVisibility = (state: 'visible' | 'hidden') => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });

describe('notifications', () => {
  afterEach(() => {
    setVisibility('visible');
    vi.useRealTimers();
  });

  it('shows the unread count on the bell, asks again when the user comes back, and not while the tab is hidden', async () => {
    const server = api([notification('a1'), notification('a2'), notification('a3', { readAt: '2026-11-30T00:00:00Z' })]);
    const { requests } = renderApp(null, { routes, path: '/referrals', user: staff, handlers: server.handlers });
    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(screen.getByTestId('notification-bell-count').textContent).toBe('2'));
    expect(bell.getAttribute('aria-label')).toBe('الإشعارات، غير المقروءة: 2');
    expect(bell.getAttribute('href')).toBe('/notifications');

    const asked = () => requests.filter((request) => request.operationName === 'UnreadNotificationCount').length;
    const before = asked();
    setVisibility('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('focus'));
    });
    expect(asked()).toBe(before);

    server.rows[0].readAt = '2026-12-01T07:00:00Z';
    setVisibility('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(() => expect(screen.getByTestId('notification-bell-count').textContent).toBe('1'));
    expect(asked()).toBe(before + 1);
  });

  it('polls every minute while visible, and skips the poll while hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = api([notification('a1')]);
    const { requests } = renderApp(null, { routes, path: '/referrals', user: staff, handlers: server.handlers });
    await waitFor(() => expect(screen.getByTestId('notification-bell-count').textContent).toBe('1'));
    const asked = () => requests.filter((request) => request.operationName === 'UnreadNotificationCount').length;
    const first = asked();

    setVisibility('hidden');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS + 100);
    });
    expect(asked()).toBe(first);

    setVisibility('visible');
    server.rows.push(notification('a2'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS + 100);
    });
    await waitFor(() => expect(screen.getByTestId('notification-bell-count').textContent).toBe('2'));
    expect(asked()).toBe(first + 1);
  });

  it('lists them newest first, marks one read, marks all read, and the bell follows', async () => {
    const server = api([
      notification('a1', { kind: 'QUESTIONNAIRE_OVERDUE' }),
      notification('a2'),
      notification('a3', { kind: 'SOMETHING_NEW', link: null, body: null, readAt: '2026-11-30T00:00:00Z' }),
    ]);
    const { requests } = renderApp(null, { routes, path: '/notifications', user: staff, handlers: server.handlers });
    const items = await screen.findAllByTestId('notification-item');
    expect(items.map((item) => item.getAttribute('data-unread'))).toEqual(['true', 'true', 'false']);
    expect(within(items[0]).getByText('متأخر')).toBeTruthy();
    expect(within(items[2]).getByText('إشعار')).toBeTruthy();
    expect(within(items[0]).getByTestId('notification-title').textContent).toBe('يقترب موعد تسليم الاستبيان «الجهات المقرضة»');
    expect(within(items[2]).queryByTestId('notification-open')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('notification-bell-count').textContent).toBe('2'));

    fireEvent.click(within(items[1]).getByTestId('notification-mark-read'));
    await waitFor(() => expect(screen.getAllByTestId('notification-item')[1].getAttribute('data-unread')).toBe('false'));
    expect(requests.find((request) => request.operationName === 'MarkNotificationsRead')?.variables).toEqual({ input: { ids: ['a2'] } });
    await waitFor(() => expect(screen.getByTestId('notification-bell-count').textContent).toBe('1'));
    expect(screen.getByTestId('notifications-unread-summary').textContent).toBe('غير المقروءة: 1');

    fireEvent.click(screen.getByTestId('notifications-mark-all'));
    await waitFor(() => expect(screen.getAllByTestId('notification-item').every((item) => item.getAttribute('data-unread') === 'false')).toBe(true));
    expect(requests.filter((request) => request.operationName === 'MarkNotificationsRead').map((request) => request.variables)).toEqual([
      { input: { ids: ['a2'] } },
      { input: { all: true } },
    ]);
    await waitFor(() => expect(screen.getByTestId('notifications-unread-summary').textContent).toBe('قرأت كل الإشعارات.'));
    expect((screen.getByTestId('notifications-mark-all') as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens what a notification is about and marks it read; shows unread only on demand, in English too', async () => {
    const server = api([notification('a1'), notification('a2', { readAt: '2026-11-30T00:00:00Z' })]);
    const { requests } = renderApp(null, { routes, path: '/notifications?show=unread', user: staff, handlers: server.handlers, language: 'en' });
    const items = await screen.findAllByTestId('notification-item');
    expect(items).toHaveLength(1);
    expect(requests.find((request) => request.operationName === 'Notifications')?.variables).toMatchObject({ unreadOnly: true });
    expect(within(items[0]).getByTestId('notification-title').textContent).toBe('Questionnaire "Lending partners" is due soon');
    expect(within(items[0]).getByText('Due soon')).toBeTruthy();

    fireEvent.click(within(items[0]).getByTestId('notification-open'));
    await screen.findByTestId('assignment-page');
    await waitFor(() => expect(server.rows[0].readAt).not.toBeNull());
    expect(requests.find((request) => request.operationName === 'MarkNotificationsRead')?.variables).toEqual({ input: { ids: ['a1'] } });
  });

  it('says so when there is nothing', async () => {
    const server = api([]);
    renderApp(null, { routes, path: '/notifications', user: staff, handlers: server.handlers });
    expect(await screen.findByText('لا توجد إشعارات بعد.')).toBeTruthy();
    expect(screen.queryByTestId('notification-bell-count')).toBeNull();
  });
});
