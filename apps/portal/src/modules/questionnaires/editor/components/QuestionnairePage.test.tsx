import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@shuraka/domain';
import { describe, expect, it } from 'vitest';
import { text } from '../../../../test/fixtures';
import { graphQLError } from '../../../../test/graphql-fetch';
import { question } from '../../../../test/questionnaires';
import { renderApp, testUser } from '../../../../test/render';
import { NewQuestionnairePage, QuestionnairePage } from './QuestionnairePages';

const lead = { __typename: 'Organization', id: 'org-lead', name: text('الجهة القائدة', 'Lead agency') };
const mff = { __typename: 'Organization', id: 'org-mff', name: text('صندوق التمويل الأصغر', 'Microfinance Fund') };

function draft(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Questionnaire',
    id: 'q-2',
    familyId: 'q-1',
    version: 2,
    latestVersion: 2,
    published: false,
    publishedAt: null,
    createdAt: '2026-11-30T08:00:00Z',
    formId: 'lending',
    defaultLanguage: 'ar',
    title: text('استبيان شركاء الإقراض', 'Lending partners questionnaire'),
    consortium: {
      __typename: 'Consortium',
      id: 'cons-1',
      name: text('شراكة حضرموت', 'Hadramout partners'),
      members: [
        { __typename: 'ConsortiumMember', role: 'LEAD', organization: lead },
        { __typename: 'ConsortiumMember', role: 'MEMBER', organization: mff },
      ],
    },
    questions: [
      question({ name: 'staff', type: 'INTEGER' }),
      question({ name: 'lends', type: 'BOOLEAN' }),
      question({ name: 'max_amount', type: 'DECIMAL', relevant: "${lends} = 'true'" }),
    ],
    ...overrides,
  };
}

const versions = { data: { questionnaires: { __typename: 'QuestionnaireConnection', edges: [] } } };
const leadStaff = testUser({ role: Role.PARTNER_STAFF, organization: { __typename: 'Organization', id: 'org-lead' } as never });

function render(handlers: Record<string, (variables: Record<string, unknown>) => unknown>, user = leadStaff) {
  return renderApp(null, {
    routes: [{ path: '/questionnaires/:id', element: <QuestionnairePage /> }],
    path: '/questionnaires/q-2',
    language: 'en',
    user,
    handlers: { QuestionnaireVersions: () => versions, ...handlers } as never,
  });
}

const rowNames = () => screen.getAllByTestId('question-row').map((row) => row.getAttribute('data-name'));

describe('questionnaire editor', () => {
  it('shows an expression error next to its field with the position, and blocks saving until it is fixed', async () => {
    render({ EditorQuestionnaire: () => ({ data: { questionnaire: draft() } }) });
    await screen.findAllByTestId('question-row');
    expect(screen.getByTestId('issue-summary').textContent).toMatch(/No problems/);

    fireEvent.click(within(screen.getAllByTestId('question-row')[2]!).getByTestId('question-edit'));
    const relevant = await screen.findByTestId('question-max_amount-relevant');
    fireEvent.change(relevant, { target: { value: "${lends} = 'true' and (" } });

    const field = relevant.closest('.mantine-InputWrapper-root') as HTMLElement;
    await waitFor(() => expect(field.textContent).toMatch(/character 2\d/));
    expect(screen.getByTestId('issue-summary').textContent).toMatch(/Problems to fix: 1/);
    expect(within(screen.getAllByTestId('question-row')[2]!).getByTestId('question-issue-count').textContent).toBe('1');
    expect(screen.getByTestId('questionnaire-save')).toHaveProperty('disabled', true);

    fireEvent.change(relevant, { target: { value: '${nowhere} > 1' } });
    await waitFor(() => expect(field.textContent).toMatch(/nowhere/));
    expect(field.textContent).toMatch(/character 1\b/);

    fireEvent.change(relevant, { target: { value: '' } });
    await waitFor(() => expect(screen.getByTestId('issue-summary').textContent).toMatch(/No problems/));
    expect(screen.getByTestId('questionnaire-save')).toHaveProperty('disabled', false);
  });

  it('reorders and groups questions, then saves them in the new order with their parents', async () => {
    const saved: unknown[] = [];
    render({
      EditorQuestionnaire: () => ({ data: { questionnaire: draft() } }),
      UpdateQuestionnaire: (variables) => {
        saved.push(variables);
        return { data: { updateQuestionnaire: draft() } };
      },
    });
    await screen.findAllByTestId('question-row');
    fireEvent.click(within(screen.getAllByTestId('question-row')[0]!).getByTestId('question-move-down'));
    expect(rowNames()).toEqual(['lends', 'staff', 'max_amount']);

    // A group at the end, then "lends" and "max_amount" moved into it.
    fireEvent.click(screen.getByTestId('add-question'));
    fireEvent.click(await screen.findByTestId('add-question-GROUP'));
    expect(rowNames()).toEqual(['lends', 'staff', 'max_amount', 'group_1']);
    for (const name of ['lends', 'max_amount']) {
      const row = screen.getAllByTestId('question-row').find((r) => r.getAttribute('data-name') === name)!;
      fireEvent.click(within(row).getByTestId('question-edit'));
      const parent = await screen.findByTestId(`question-${name}-parent`);
      fireEvent.click(parent);
      fireEvent.click(await screen.findByRole('option', { name: 'group_1', hidden: true }));
    }
    expect(rowNames()).toEqual(['staff', 'group_1', 'lends', 'max_amount']);
    expect(screen.getAllByTestId('question-row').map((row) => row.getAttribute('data-depth'))).toEqual(['0', '0', '1', '1']);
    expect(screen.getByTestId('unsaved')).toBeTruthy();

    // Moving the group moves what is inside it.
    const group = screen.getAllByTestId('question-row').find((r) => r.getAttribute('data-name') === 'group_1')!;
    fireEvent.click(within(group).getByTestId('question-move-up'));
    expect(rowNames()).toEqual(['group_1', 'lends', 'max_amount', 'staff']);

    fireEvent.click(screen.getByTestId('questionnaire-save'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const input = (saved[0] as { input: { id: string; questions: Array<{ name: string; parent: string | null; type: string }> } }).input;
    expect(input.id).toBe('q-2');
    expect(input.questions.map((q) => [q.name, q.type, q.parent])).toEqual([
      ['group_1', 'GROUP', null],
      ['lends', 'BOOLEAN', 'group_1'],
      ['max_amount', 'DECIMAL', 'group_1'],
      ['staff', 'INTEGER', null],
    ]);
    await waitFor(() => expect(screen.queryByTestId('unsaved')).toBeNull());
  });

  it('publishes only after confirming, and a published version is read only with a way to a new version', async () => {
    let published = false;
    const created: unknown[] = [];
    render({
      EditorQuestionnaire: () => ({ data: { questionnaire: draft({ published }) } }),
      PublishQuestionnaire: () => {
        published = true;
        return { data: { publishQuestionnaire: draft({ published: true, publishedAt: '2026-12-01T06:00:00Z' }) } };
      },
      CreateQuestionnaireVersion: (variables) => {
        created.push(variables);
        return { data: { createQuestionnaireVersion: draft({ id: 'q-3', version: 3, latestVersion: 3 }) } };
      },
    });
    fireEvent.click(await screen.findByTestId('questionnaire-publish'));
    fireEvent.click(await screen.findByTestId('questionnaire-publish-confirm'));
    expect(await screen.findByTestId('published-notice')).toBeTruthy();
    expect(screen.queryByTestId('question-list')).toBeNull();
    expect(screen.queryByTestId('questionnaire-save')).toBeNull();
    fireEvent.click(screen.getByTestId('questionnaire-new-version'));
    await waitFor(() => expect(created).toEqual([{ id: 'q-2' }]));
  });

  it('assigns to chosen members with a due date', async () => {
    const assigned: unknown[] = [];
    render({
      EditorQuestionnaire: () => ({ data: { questionnaire: draft({ published: true }) } }),
      AssignQuestionnaire: (variables) => {
        assigned.push(variables);
        return { data: { assignQuestionnaire: [{ __typename: 'QuestionnaireAssignment', id: 'a-1', dueOn: '2026-12-20', organization: mff }] } };
      },
    });
    fireEvent.click(await screen.findByTestId('questionnaire-assign'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('assign-submit'));
    expect(await within(dialog).findByText(/at least one member/)).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('Microfinance Fund'));
    const due = within(dialog).getByTestId('assign-due');
    fireEvent.change(due, { target: { value: '2026-12-20' } });
    fireEvent.blur(due);
    fireEvent.click(within(dialog).getByTestId('assign-submit'));
    await waitFor(() => expect(assigned).toHaveLength(1));
    expect(assigned[0]).toEqual({ input: { questionnaireId: 'q-2', organizationIds: ['org-mff'], dueOn: '2026-12-20' } });
  });

  it('lets committee members read a draft without editing it', async () => {
    render({ EditorQuestionnaire: () => ({ data: { questionnaire: draft() } }) }, testUser({ role: Role.COMMITTEE_MEMBER }));
    expect(await screen.findByTestId('form-preview')).toBeTruthy();
    expect(screen.queryByTestId('question-list')).toBeNull();
    expect(screen.queryByTestId('questionnaire-assign')).toBeNull();
  });

  it('shows NOT_FOUND as a not-found page', async () => {
    render({ EditorQuestionnaire: () => graphQLError('NOT_FOUND') });
    expect(await screen.findByText(/does not exist/)).toBeTruthy();
  });

  it('on a new questionnaire, says the consortia could not be loaded (with a retry) rather than that the user may not write', async () => {
    renderApp(null, {
      routes: [{ path: '/questionnaires/new', element: <NewQuestionnairePage /> }],
      path: '/questionnaires/new',
      language: 'en',
      user: leadStaff,
      handlers: { Consortia: () => graphQLError('INTERNAL_SERVER_ERROR') } as never,
    });
    expect(await screen.findByTestId('error-state')).toBeTruthy();
    expect(screen.queryByTestId('forbidden')).toBeNull();
  });
});
