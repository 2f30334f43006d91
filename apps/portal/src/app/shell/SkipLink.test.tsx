import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { AppLayout } from './AppLayout';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

function renderShell(language: 'ar' | 'en') {
  return renderApp(null, {
    language,
    routes: [{ element: <AppLayout />, children: [{ path: '/organizations', element: <p>directory</p> }] }],
    path: '/organizations',
  });
}

describe('skip to content', () => {
  it('is the first focusable element and leads to <main>, in Arabic', async () => {
    renderShell('ar');
    const link = await screen.findByTestId('skip-link');
    expect(document.querySelector(FOCUSABLE)).toBe(link);
    expect(link.textContent).toBe('انتقل إلى المحتوى');
    expect(link.getAttribute('href')).toBe('#main-content');
    const main = document.getElementById('main-content');
    expect(main?.tagName).toBe('MAIN');
    expect(main?.textContent).toContain('directory');
  });

  it('is worded in English too, and its target can take focus (tabindex -1)', async () => {
    renderShell('en');
    const link = await screen.findByTestId('skip-link');
    expect(link.textContent).toBe('Skip to content');
    const main = document.getElementById('main-content');
    expect(main?.getAttribute('tabindex')).toBe('-1');
    main?.focus();
    expect(document.activeElement).toBe(main);
  });
});
