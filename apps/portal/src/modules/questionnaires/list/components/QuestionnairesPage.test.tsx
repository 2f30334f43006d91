import { screen, within } from '@testing-library/react';
import { Role } from '@shuraka/domain';
import { describe, expect, it } from 'vitest';
import { text } from '../../../../test/fixtures';
import { renderApp, testUser } from '../../../../test/render';
import { QuestionnairesPage } from './QuestionnairesPage';

const consortium = { __typename: 'Consortium', id: 'cons-1', name: text('شراكة حضرموت', 'Hadramout partners') };
const version = (id: string, number: number, published: boolean) => ({
  __typename: 'Questionnaire',
  id,
  familyId: 'fam-1',
  version: number,
  latestVersion: 2,
  published,
  createdAt: '2026-11-01T08:00:00Z',
  title: text('استبيان الإقراض', 'Lending questionnaire'),
  consortium,
});
const list = (nodes: unknown[]) => ({
  data: {
    questionnaires: {
      __typename: 'QuestionnaireConnection',
      totalCount: nodes.length,
      edges: nodes.map((node, i) => ({ __typename: 'QuestionnaireEdge', cursor: `c${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const consortia = (role: string, organizationId: string) => ({
  data: {
    consortia: {
      __typename: 'ConsortiumConnection',
      totalCount: 1,
      edges: [
        {
          __typename: 'ConsortiumEdge',
          cursor: 'c',
          node: {
            ...consortium,
            country: 'YE',
            purpose: null,
            defaultCallingCode: null,
            members: [{ __typename: 'ConsortiumMember', role, organization: { __typename: 'Organization', id: organizationId, name: text('جهة', 'Org'), kind: 'NGO', governorates: [] } }],
          },
        },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

const render = (user: ReturnType<typeof testUser>, handlers: Record<string, () => unknown>) =>
  renderApp(null, { routes: [{ path: '/questionnaires', element: <QuestionnairesPage /> }], path: '/questionnaires', language: 'en', user, handlers: handlers as never });

describe('questionnaires list', () => {
  it('shows committee members one row per questionnaire, its newest version, with the completion board', async () => {
    render(testUser({ role: Role.COMMITTEE_MEMBER }), { QuestionnaireList: () => list([version('q-2', 2, true), version('q-1', 1, true)]) });
    const rows = await screen.findAllByTestId('questionnaire-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toMatch(/Version 2/);
    // Counted in questionnaires, not in versions.
    expect(screen.getByTestId('list-count').textContent).toBe('Showing 1 of 1');
    expect(within(rows[0]!).getByTestId('questionnaire-row-completion').getAttribute('href')).toBe('/questionnaires/q-2/completion');
    expect(screen.queryByTestId('questionnaire-create')).toBeNull();
  });

  it('shows partner staff their assignments first, and no follow-up of a consortium they do not lead', async () => {
    const staff = testUser({ role: Role.PARTNER_STAFF, organization: { __typename: 'Organization', id: 'org-mff' } as never });
    render(staff, {
      Consortia: () => consortia('MEMBER', 'org-mff'),
      QuestionnaireList: () => list([version('q-1', 1, true)]),
      MyQuestionnaireAssignments: () => ({
        data: {
          questionnaireAssignments: {
            __typename: 'QuestionnaireAssignmentConnection',
            totalCount: 1,
            edges: [
              {
                __typename: 'QuestionnaireAssignmentEdge',
                cursor: 'a',
                node: { __typename: 'QuestionnaireAssignment', id: 'a-1', dueOn: '2026-11-20', status: 'DRAFT', overdue: true, submittedAt: null, questionnaire: version('q-1', 1, true) },
              },
            ],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      }),
    });
    const assignment = await screen.findByTestId('assignment-row');
    expect(assignment.getAttribute('href')).toBe('/assignments/a-1');
    expect(assignment.textContent).toMatch(/Overdue/);
    expect(within(assignment).getByTestId('assignment-status').textContent).toBe('Draft saved');
    expect(await screen.findByTestId('questionnaire-row')).toBeTruthy();
    expect(screen.queryByTestId('questionnaire-row-completion')).toBeNull();
    expect(screen.queryByTestId('questionnaire-create')).toBeNull();
  });

  it('offers the lead’s staff to write one and to follow theirs up', async () => {
    const lead = testUser({ role: Role.PARTNER_STAFF, organization: { __typename: 'Organization', id: 'org-lead' } as never });
    render(lead, {
      Consortia: () => consortia('LEAD', 'org-lead'),
      QuestionnaireList: () => list([version('q-1', 1, true)]),
      MyQuestionnaireAssignments: () => ({
        data: { questionnaireAssignments: { __typename: 'QuestionnaireAssignmentConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
      }),
    });
    expect(await screen.findByTestId('questionnaire-create')).toBeTruthy();
    expect(await screen.findByTestId('questionnaire-row-completion')).toBeTruthy();
  });
});
