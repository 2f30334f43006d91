import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { awn, awnMicroLoan, text } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { ServicesPage } from './ServicesPage';

const openService = {
  ...awnMicroLoan,
  id: 'svc-open',
  description: null,
  categories: [],
  governorates: [],
  projectSizes: [],
  minAge: null,
  maxAge: null,
  minAmount: null,
  maxAmount: null,
  decisionDays: null,
};

const page = {
  data: {
    services: {
      __typename: 'ServiceConnection',
      totalCount: 1,
      edges: [{ __typename: 'ServiceEdge', cursor: 'c1', node: { ...openService, organization: { __typename: 'Organization', id: awn.id, name: text('مؤسسة العون', 'Al-Awn') } } }],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
    },
  },
};

const realMatchMedia = window.matchMedia;
function phoneWidth(phone: boolean) {
  window.matchMedia = (query: string) =>
    ({ ...realMatchMedia(query), matches: phone && query.includes('max-width'), media: query }) as MediaQueryList;
}
afterEach(() => {
  window.matchMedia = realMatchMedia;
});

const render = (language: 'ar' | 'en' = 'ar') =>
  renderApp(null, { routes: [{ path: '/services', element: <ServicesPage /> }], path: '/services', language, handlers: { Services: () => page } });

describe('services page', () => {
  it('on a phone keeps the filters behind one button, in a drawer', async () => {
    phoneWidth(true);
    render();
    expect(await screen.findByTestId('service-card')).toBeTruthy();
    expect(screen.queryByTestId('service-filter-kind')).toBeNull();
    fireEvent.click(screen.getByTestId('service-filters-open'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('service-filter-kind')).toBeTruthy();
    expect(within(dialog).getByTestId('service-filter-governorate')).toBeTruthy();
  });

  it('on a desktop shows the filters inline', async () => {
    phoneWidth(false);
    render();
    expect(await screen.findByTestId('service-filter-kind')).toBeTruthy();
    expect(screen.queryByTestId('service-filters-open')).toBeNull();
  });

  it('names open eligibility and does not list facts the provider left unspecified', async () => {
    phoneWidth(false);
    render();
    const card = await screen.findByTestId('service-card');
    expect(card.textContent).toContain('الجميع');
    expect(card.textContent).toContain('كل المحافظات');
    expect(card.textContent).not.toContain('غير محدد');
    expect(within(card).queryByTestId('service-amount')).toBeNull();
    expect(card.textContent).not.toContain('العمر');
  });

  it('says the same in English', async () => {
    phoneWidth(false);
    render('en');
    const card = await screen.findByTestId('service-card');
    await waitFor(() => expect(card.textContent).toContain('Everyone'));
    expect(card.textContent).toContain('All governorates');
    expect(card.textContent).not.toContain('Not specified');
  });
});
