import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { text } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { ConsortiumPage } from './ConsortiumPage';

const org = (id: string, ar: string, en: string, kind = 'NGO') => ({
  __typename: 'Organization',
  id,
  name: text(ar, en),
  kind,
  governorates: ['YE-HD'],
});
const member = (role: string, organization: ReturnType<typeof org>) => ({ __typename: 'ConsortiumMember', role, organization });

const members = [
  member('MEMBER', org('sfd', 'الصندوق الاجتماعي للتنمية', 'Social Fund for Development', 'DEVELOPMENT_FUND')),
  member('FUNDER', org('mff', 'صندوق التمويل الأصغر', 'Microfinance Fund', 'MICROFINANCE_PROGRAM')),
  member('MEMBER', org('awn', 'مؤسسة العون للتنمية', 'Al-Awn Foundation')),
  member('LEAD', org('smeps', 'وكالة تنمية المنشآت الصغيرة والأصغر', 'SMEPS', 'SME_AGENCY')),
];

const consortium = (list: typeof members) => ({
  __typename: 'Consortium',
  id: 'c1',
  name: text('شركاء التمكين والإقراض', 'Empowerment and Lending Partners'),
  country: 'YE',
  purpose: text('تنسيق الخدمات لتلبية الاحتياجات الحقيقية للشباب', null),
  members: list,
});

const routes = [{ path: '/consortia/:id', element: <ConsortiumPage /> }];

describe('ConsortiumPage', () => {
  it('groups members by role with the supportive organisation first, in Arabic', async () => {
    renderApp(null, {
      routes,
      path: '/consortia/c1',
      user: testUser({ role: Role.COMMITTEE_MEMBER }),
      handlers: { Consortium: () => ({ data: { consortium: consortium(members) } }), OrganizationOptions: () => ({ data: null }) },
    });
    expect((await screen.findByTestId('consortium-title')).textContent).toBe('شركاء التمكين والإقراض');
    expect(screen.getByText('اليمن')).toBeTruthy();

    const groups = within(screen.getByTestId('consortium-members'))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual(['المنظمة المساندة (القائدة)', 'عضو', 'ممول']);
    const lead = screen.getByTestId('member-group-LEAD');
    expect(within(lead).getByRole('link').textContent).toBe('وكالة تنمية المنشآت الصغيرة والأصغر');
    expect(
      within(screen.getByTestId('member-group-MEMBER'))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/organizations/sfd', '/organizations/awn']);

    // Only administrators manage membership.
    expect(screen.queryByTestId('member-remove')).toBeNull();
    expect(screen.queryByTestId('add-member')).toBeNull();
    expect(screen.queryByTestId('consortium-edit')).toBeNull();
  });

  it('lets an administrator remove a member after confirming', async () => {
    const { requests } = renderApp(null, {
      routes,
      path: '/consortia/c1',
      user: testUser({ role: Role.ADMIN }),
      handlers: {
        Consortium: () => ({ data: { consortium: consortium(members) } }),
        OrganizationOptions: () => ({
          data: {
            organizations: {
              __typename: 'OrganizationConnection',
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        }),
        RemoveConsortiumMember: () => ({
          data: { removeConsortiumMember: consortium(members.filter((m) => m.organization.id !== 'awn')) },
        }),
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'إزالة مؤسسة العون للتنمية' }));
    expect(await screen.findByText('هل تريد إزالة مؤسسة العون للتنمية من هذه الشراكة؟')).toBeTruthy();
    expect(requests.some((request) => request.operationName === 'RemoveConsortiumMember')).toBe(false);

    fireEvent.click(screen.getByTestId('member-remove-confirm'));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'مؤسسة العون للتنمية' })).toBeNull());
    expect(requests.find((request) => request.operationName === 'RemoveConsortiumMember')?.variables).toEqual({
      input: { consortiumId: 'c1', organizationId: 'awn' },
    });
    expect(screen.getByTestId('consortium-edit').getAttribute('href')).toBe('/consortia/c1/edit');
  });
});
