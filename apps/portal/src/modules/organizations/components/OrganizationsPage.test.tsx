import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { awn, text } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { OrganizationsPage } from './OrganizationsPage';

const smeps = {
  __typename: 'Organization',
  id: 'org-smeps',
  name: text('وكالة تنمية المنشآت الصغيرة والأصغر', 'SMEPS'),
  kind: 'SME_AGENCY',
  governorates: ['YE-HD'],
  branches: [],
};

const connection = (nodes: object[], totalCount: number, endCursor: string | null, hasNextPage: boolean) => ({
  __typename: 'OrganizationConnection',
  totalCount,
  edges: nodes.map((node, index) => ({ __typename: 'OrganizationEdge', cursor: `c${index}`, node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
});

const consortia = { __typename: 'ConsortiumConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } };

describe('OrganizationsPage', () => {
  it('lists organisations, loads the next page, and searches on the server after a pause', async () => {
    const { requests } = renderApp(null, {
      routes: [{ path: '/organizations', element: <OrganizationsPage /> }],
      path: '/organizations',
      handlers: {
        Consortia: () => ({ data: { consortia } }),
        Organizations: (variables) => {
          const filter = (variables.filter ?? {}) as { search?: string };
          if (filter.search) return { data: { organizations: connection([], 0, null, false) } };
          if (variables.after === 'c0') {
            return { data: { organizations: { ...connection([smeps], 2, 'c1', false), edges: [{ __typename: 'OrganizationEdge', cursor: 'c1', node: smeps }] } } };
          }
          return { data: { organizations: connection([{ ...awn, services: undefined, consortia: undefined }], 2, 'c0', true) } };
        },
      },
    });

    const rows = await screen.findAllByTestId('org-row');
    expect(rows.map((row) => row.getAttribute('href'))).toEqual(['/organizations/org-awn']);
    expect(rows[0].textContent).toContain('مؤسسة العون للتنمية');
    expect(rows[0].textContent).toContain('حضرموت وأبين');
    expect(screen.getByTestId('list-count').textContent).toBe('عرض 1 من 2');

    fireEvent.click(screen.getByTestId('load-more'));
    await waitFor(() => expect(screen.getAllByTestId('org-row')).toHaveLength(2));
    expect(screen.getByTestId('list-count').textContent).toBe('عرض 2 من 2');
    expect(screen.queryByTestId('load-more')).toBeNull();

    fireEvent.change(screen.getByTestId('org-search'), { target: { value: 'موسسه العون' } });
    expect(await screen.findByText('لا توجد جهات مطابقة.')).toBeTruthy();
    const searches = requests.filter((request) => request.operationName === 'Organizations' && request.variables.filter);
    // One request for the whole typed text, not one per keystroke; the text goes as typed (the API folds spelling).
    expect(searches.map((request) => request.variables.filter)).toContainEqual({ search: 'موسسه العون' });
    expect(searches.filter((request) => (request.variables.filter as { search?: string }).search)).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'مسح عوامل التصفية' }));
    await waitFor(() => expect(screen.getAllByTestId('org-row')).toHaveLength(2));
  });
});
