import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { AppLayout, PHONE_QUERY } from './AppLayout';

function renderShell() {
  return renderApp(null, {
    routes: [{ element: <AppLayout />, children: [{ path: '/organizations', element: <p>directory</p> }] }],
    path: '/organizations',
  });
}

/** A screen as narrow as a phone: Mantine's `sm` breakpoint and below. */
function phoneScreen() {
  const original = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ ...original(query), matches: query === PHONE_QUERY }));
}

afterEach(() => vi.restoreAllMocks());

describe('the navigation', () => {
  it('is rendered with the page on a wide screen', async () => {
    renderShell();
    expect(await screen.findByTestId('nav-organizations')).toBeTruthy();
  });

  it('is rendered on a phone when the burger first opens it, and kept after it closes', async () => {
    phoneScreen();
    renderShell();
    const burger = await screen.findByRole('button', { name: 'إظهار القائمة أو إخفاؤها' });
    expect(screen.getByText('directory')).toBeTruthy();
    expect(screen.queryByTestId('nav-organizations')).toBeNull();
    fireEvent.click(burger);
    await waitFor(() => expect(screen.getByTestId('nav-organizations')).toBeTruthy());
    fireEvent.click(burger);
    expect(screen.getByTestId('nav-organizations')).toBeTruthy();
  });
});
