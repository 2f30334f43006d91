import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError } from '../../test/graphql-fetch';
import { renderApp } from '../../test/render';
import { DemoBanner } from './DemoBanner';

const info = (demo: boolean) => () => ({ data: { systemInfo: { __typename: 'SystemInfo', demo, version: '0.1.0' } } });

describe('DemoBanner', () => {
  it('marks the page in Arabic and English when the API says the demo accounts exist', async () => {
    renderApp(<DemoBanner />, { user: null, handlers: { SystemInfo: info(true) } });
    const banner = await screen.findByTestId('demo-banner');
    expect(banner.textContent).toContain('نسخة تجريبية / Demo data');
    expect(banner.textContent).toContain('لا تُدخل بيانات أشخاص حقيقيين');
  });

  it('keeps both languages in the English portal', async () => {
    renderApp(<DemoBanner />, { user: null, language: 'en', handlers: { SystemInfo: info(true) } });
    const banner = await screen.findByTestId('demo-banner');
    expect(banner.textContent).toContain('نسخة تجريبية / Demo data');
    expect(banner.textContent).toContain('enter no real people’s data');
  });

  it('shows nothing on a real database, or when the API cannot say', async () => {
    const real = renderApp(<DemoBanner />, { user: null, handlers: { SystemInfo: info(false) } });
    await waitFor(() => expect(real.requests.map((request) => request.operationName)).toEqual(['SystemInfo']));
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.queryByTestId('demo-banner')).toBeNull();
    real.unmount();

    const failing = renderApp(<DemoBanner />, { user: null, handlers: { SystemInfo: () => graphQLError('INTERNAL_SERVER_ERROR') } });
    await waitFor(() => expect(failing.requests).toHaveLength(1));
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });
});
