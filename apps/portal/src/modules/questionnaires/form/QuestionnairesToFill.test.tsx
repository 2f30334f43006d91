import { Role } from '@shuraka/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { text } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { ReferralsPage } from '../../referrals/components/ReferralsPage';

const routes = [{ path: '/referrals', element: <ReferralsPage /> }];
const mffStaff = testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } } });

const node = (id: string, status: string, dueOn: string, overdue: boolean, title: string) => ({
  __typename: 'QuestionnaireAssignmentEdge',
  node: {
    __typename: 'QuestionnaireAssignment',
    id,
    status,
    dueOn,
    overdue,
    reopenedAt: null,
    questionnaire: { __typename: 'Questionnaire', id: `q-${id}`, version: 1, title: text(title, null) },
  },
});

const handlers = (edges: ReturnType<typeof node>[]) => ({
  ReferralStatusCounts: () => ({ data: { referralStatusCounts: [] } }),
  Referrals: () => ({
    data: { referrals: { __typename: 'ReferralConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
  }),
  FillMyAssignments: () => ({ data: { questionnaireAssignments: { __typename: 'QuestionnaireAssignmentConnection', totalCount: edges.length, edges } } }),
});

describe("the partner's home: questionnaires to fill", () => {
  it('lists their assignments, overdue first and submitted last, each with its due date and state, linking to the form', async () => {
    renderApp(null, {
      routes,
      path: '/referrals',
      user: mffStaff,
      handlers: handlers([
        node('a1', 'SUBMITTED', '2026-01-01', false, 'استبيان التدريب'),
        node('a2', 'DRAFT', '2026-03-01', false, 'استبيان الشركاء المقرضين'),
        node('a3', 'NOT_STARTED', '2026-01-10', true, 'تقييم القدرات'),
      ]),
    });
    const card = await screen.findByTestId('questionnaires-to-fill');
    const items = within(card).getAllByTestId('questionnaire-to-fill');
    expect(items.map((item) => item.getAttribute('href'))).toEqual(['/assignments/a3', '/assignments/a2', '/assignments/a1']);
    expect(items[0].textContent).toContain('تقييم القدرات');
    expect(items[0].textContent).toContain('متأخر');
    expect(items[0].textContent).toContain('موعد التسليم 10 يناير 2026');
    expect(items[2].textContent).toContain('مُسلَّم');
  });

  it('stays out of the way when nothing was assigned', async () => {
    const { requests } = renderApp(null, { routes, path: '/referrals', user: mffStaff, handlers: handlers([]) });
    await screen.findByTestId('empty-state');
    expect(requests.some((request) => request.operationName === 'FillMyAssignments')).toBe(true);
    expect(screen.queryByTestId('questionnaires-to-fill')).toBeNull();
  });
});
