import { Role } from '@shuraka/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { awn } from '../../../test/fixtures';
import { graphQLError } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { OrganizationPage } from './OrganizationPage';

const routes = [{ path: '/organizations/:id', element: <OrganizationPage /> }];

describe('OrganizationPage', () => {
  it('shows an organisation in Arabic, right to left, with labels from the shared vocabulary', async () => {
    renderApp(null, {
      routes,
      path: '/organizations/org-awn',
      user: testUser({ role: Role.VIEWER }),
      handlers: { Organization: () => ({ data: { organization: awn } }) },
    });

    expect((await screen.findByTestId('org-title')).textContent).toBe('مؤسسة العون للتنمية');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('org-other-name').textContent).toBe('Al-Awn Foundation for Development');
    expect(screen.getByTestId('org-other-name').querySelector('bdi')?.getAttribute('lang')).toBe('en');
    expect(screen.getByText('منظمة أهلية')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'الفروع' })).toBeTruthy();

    const branches = screen.getByTestId('org-branches');
    expect(within(branches).getByText('فرع المكلا')).toBeTruthy();
    expect(within(branches).getByText('حضرموت · المديرية: المكلا')).toBeTruthy();

    const service = screen.getByTestId('service-card');
    expect(within(service).getByText('قرض متناهي الصغر')).toBeTruthy();
    expect(within(service).getByText('امرأة معيلة لأسرة ومتسرب من التعليم')).toBeTruthy();
    expect(within(service).getByText('حضرموت وأبين')).toBeTruthy();
    // The other conditions open on request (long pages on phones).
    fireEvent.click(within(service).getByTestId('service-conditions-toggle'));
    expect(await within(service).findByText('ضمان جماعي')).toBeTruthy();
    expect(within(service).getByText('أنثى')).toBeTruthy();
    const amount = within(service).getByTestId('service-amount').textContent ?? '';
    expect(amount).toContain('100,000');
    expect(amount).toContain('1,500,000');
    expect(amount).toContain('ر.ي');
    expect(within(service).getByTestId('service-capacity').textContent).toBe('المقاعد المشغولة: 30 من 120');
    expect(within(service).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');

    expect(screen.getByRole('link', { name: 'شركاء التمكين والإقراض' }).getAttribute('href')).toBe('/consortia/cons-hadramout');
    // A viewer may look, not edit.
    expect(screen.queryByTestId('org-edit')).toBeNull();
    expect(screen.queryByTestId('service-add')).toBeNull();
  });

  it('switches the names to English in the English interface', async () => {
    renderApp(null, {
      language: 'en',
      routes,
      path: '/organizations/org-awn',
      handlers: { Organization: () => ({ data: { organization: awn } }) },
    });
    expect((await screen.findByTestId('org-title')).textContent).toBe('Al-Awn Foundation for Development');
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByTestId('org-other-name').textContent).toBe('مؤسسة العون للتنمية');
    expect(screen.getByText('NGO')).toBeTruthy();
    expect(within(screen.getByTestId('service-card')).getByText('Woman heading a household and School dropout')).toBeTruthy();
  });

  it('offers editing to the organisation’s own staff but not to staff of another', async () => {
    const view = renderApp(null, {
      routes,
      path: '/organizations/org-awn',
      user: testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-awn', name: { ar: 'مؤسسة العون', en: null } } }),
      handlers: { Organization: () => ({ data: { organization: awn } }) },
    });
    expect((await screen.findByTestId('org-edit')).getAttribute('href')).toBe('/organizations/org-awn/edit');
    expect(screen.getByTestId('service-add').getAttribute('href')).toBe('/organizations/org-awn/services/new');
    view.unmount();

    renderApp(null, {
      routes,
      path: '/organizations/org-awn',
      user: testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-nahd', name: { ar: 'مؤسسة نهد', en: null } } }),
      handlers: { Organization: () => ({ data: { organization: awn } }) },
    });
    await screen.findByTestId('org-title');
    expect(screen.queryByTestId('org-edit')).toBeNull();
    expect(screen.queryByText('تعديل الخدمة')).toBeNull();
  });

  it('shows the not-found page for NOT_FOUND', async () => {
    renderApp(null, {
      routes,
      path: '/organizations/missing',
      handlers: { Organization: () => graphQLError('NOT_FOUND', 'Organization not found') },
    });
    expect(await screen.findByTestId('not-found')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'غير موجود' })).toBeTruthy();
  });
});
