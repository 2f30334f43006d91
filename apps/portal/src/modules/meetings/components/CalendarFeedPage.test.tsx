import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { CalendarFeedPage } from './CalendarFeedPage';

const URL_ONCE = 'https://shuraka.example/calendar/q8Wd3yH1pJmX0vK2nB7tR5sL9cF4gA6eZ1uY3iO8wE0.ics';

describe('CalendarFeedPage', () => {
  it('shows the secret address once after creating the feed, then stops it after confirming', async () => {
    let feed: { __typename: string; createdAt: string; lastUsedAt: string | null } | null = null;
    const { requests } = renderApp(null, {
      routes: [{ path: '/calendar', element: <CalendarFeedPage /> }],
      path: '/calendar',
      language: 'en',
      handlers: {
        CalendarFeedStatus: () => ({ data: { calendarFeed: feed } }),
        CreateCalendarFeed: () => {
          feed = { __typename: 'CalendarFeedStatus', createdAt: '2026-12-01T09:00:00Z', lastUsedAt: null };
          return { data: { createCalendarFeed: { __typename: 'CalendarFeed', url: URL_ONCE, createdAt: feed.createdAt } } };
        },
        RevokeCalendarFeed: () => {
          feed = null;
          return { data: { revokeCalendarFeed: true } };
        },
      },
    });

    fireEvent.click(await screen.findByTestId('feed-create'));
    expect(((await screen.findByTestId('feed-url')) as HTMLInputElement).value).toBe(URL_ONCE);
    expect(screen.getByTestId('feed-copy')).toBeTruthy();
    expect(await screen.findByText('No calendar app has read it yet.')).toBeTruthy();

    fireEvent.click(screen.getByTestId('feed-revoke'));
    expect(requests.some((request) => request.operationName === 'RevokeCalendarFeed')).toBe(false);
    fireEvent.click(await screen.findByTestId('feed-confirm'));
    await waitFor(() => expect(screen.queryByTestId('feed-url')).toBeNull());
    expect(await screen.findByTestId('feed-create')).toBeTruthy();
    expect(requests.filter((request) => request.operationName === 'RevokeCalendarFeed')).toHaveLength(1);
  });
});
