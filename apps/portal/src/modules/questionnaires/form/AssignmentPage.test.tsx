import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { choice, fillAssignment, lendingQuestionnaire, question } from '../../../test/questionnaires';
import { renderApp, testUser } from '../../../test/render';
import { AssignmentPage } from './AssignmentPage';
import { readLocalDraft } from './draft-store';

const routes = [{ path: '/assignments/:id', element: <AssignmentPage /> }];
const mffStaff = testUser({ id: 'user-khawla', role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } } });
const lead = testUser({ id: 'user-smeps', role: Role.PARTNER_STAFF, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: null } } });

function renderPage(handlers: Record<string, OperationHandler>, { user = mffStaff, language = 'en' as 'ar' | 'en' } = {}) {
  return renderApp(null, { language, routes, path: '/assignments/asg-mff', user, handlers });
}

function field(path: string): HTMLInputElement {
  const element = screen.getByTestId(`field-${path}`);
  return (element.matches('input, textarea') ? element : element.querySelector('input, textarea')) as HTMLInputElement;
}

const saved = (revision: number, answers: Array<{ question: string; value: unknown }>) =>
  fillAssignment({ revision, answers: answers.map((answer) => ({ __typename: 'Answer', ...answer })), lastSavedAt: '2026-01-12T09:30:00.000Z' });

describe('the partner’s form', () => {
  it('autosaves what the partner types with the revision it was based on, and says it is saved', async () => {
    const { requests } = renderPage({
      FillAssignment: () => ({ data: { questionnaireAssignment: fillAssignment() } }),
      FillSaveAnswers: () => ({ data: { saveQuestionnaireAnswers: saved(4, [{ question: 'staff', value: 15 }]) } }),
    });
    expect((await screen.findByTestId('assignment-title')).textContent).toBe('Lending partners questionnaire');
    expect(field('staff').value).toBe('12');
    fireEvent.change(field('staff'), { target: { value: '١٥' } });
    expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('pending');
    expect(readLocalDraft('asg-mff')?.answers.staff).toBe('15');

    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('saved'));
    const save = requests.filter((request) => request.operationName === 'FillSaveAnswers');
    expect(save).toHaveLength(1);
    expect(save[0].variables).toEqual({
      input: {
        assignmentId: 'asg-mff',
        expectedRevision: 3,
        answers: [
          { question: 'staff', value: 15 },
          { question: 'lends', value: null },
          { question: 'max_amount', value: null },
          { question: 'guarantee', value: null },
        ],
      },
    });
    // Acknowledged: nothing is left waiting on the device.
    expect(readLocalDraft('asg-mff')).toBeNull();
  });

  it('keeps the answers on the device while offline, retries, and restores them after a reload', async () => {
    let online = false;
    const handlers: Record<string, OperationHandler> = {
      FillAssignment: () => ({ data: { questionnaireAssignment: fillAssignment() } }),
      FillSaveAnswers: (variables) => {
        if (!online) throw new TypeError('Failed to fetch');
        const input = variables.input as { expectedRevision: number; answers: Array<{ question: string; value: unknown }> };
        return { data: { saveQuestionnaireAnswers: saved(input.expectedRevision + 1, input.answers) } };
      },
    };
    const first = renderPage(handlers);
    fireEvent.change(await screen.findByTestId('field-staff'), { target: { value: '20' } });
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('offline'));
    expect(screen.getByTestId('save-status').textContent).toContain('will retry');
    expect(readLocalDraft('asg-mff')).toMatchObject({ revision: 3, answers: { staff: '20' } });

    // The tab is closed and opened again later, still on the same revision on the server.
    first.unmount();
    online = true;
    const second = renderPage(handlers);
    expect(await screen.findByTestId('draft-restored')).toBeTruthy();
    expect(field('staff').value).toBe('20');
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('saved'));
    const save = second.requests.find((request) => request.operationName === 'FillSaveAnswers');
    expect(save?.variables).toMatchObject({ input: { expectedRevision: 3, answers: expect.arrayContaining([{ question: 'staff', value: 20 }]) } });
    expect(readLocalDraft('asg-mff')).toBeNull();
  });

  it('on a conflict shows the other person’s answers beside mine; keeping mine saves over their revision', async () => {
    const { requests } = renderPage({
      FillAssignment: () => ({ data: { questionnaireAssignment: fillAssignment() } }),
      FillSaveAnswers: (variables) => {
        const input = variables.input as { expectedRevision: number; answers: Array<{ question: string; value: unknown }> };
        if (input.expectedRevision === 3) {
          return graphQLError('CONFLICT', 'The answers have changed (revision 5, not 3)', {
            currentRevision: 5,
            currentAnswers: [
              { question: 'staff', value: 30 },
              { question: 'guarantee', value: 'GROUP' },
            ],
          });
        }
        return { data: { saveQuestionnaireAnswers: saved(6, input.answers) } };
      },
    });
    fireEvent.change(await screen.findByTestId('field-staff'), { target: { value: '14' } });
    const panel = await screen.findByTestId('draft-conflict');
    expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('conflict');
    const staffRow = within(panel).getByTestId('conflict-row-staff');
    expect(within(staffRow).getByTestId('conflict-mine').textContent).toBe('14');
    expect(within(staffRow).getByTestId('conflict-theirs').textContent).toBe('30');
    expect(within(within(panel).getByTestId('conflict-row-guarantee')).getByTestId('conflict-theirs').textContent).toBe('Group guarantee');
    // Nothing more is sent, and the form is locked, until the user chooses.
    expect(field('staff').readOnly).toBe(true);
    expect(readLocalDraft('asg-mff')?.answers.staff).toBe('14');

    fireEvent.click(within(panel).getByTestId('conflict-keep-mine'));
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('saved'));
    const saves = requests.filter((request) => request.operationName === 'FillSaveAnswers');
    expect(saves.map((request) => (request.variables.input as { expectedRevision: number }).expectedRevision)).toEqual([3, 5]);
    expect(screen.queryByTestId('draft-conflict')).toBeNull();
  });

  it('on a conflict, taking their answers replaces mine on screen and sends nothing', async () => {
    const { requests } = renderPage({
      FillAssignment: () => ({ data: { questionnaireAssignment: fillAssignment() } }),
      FillSaveAnswers: () =>
        graphQLError('CONFLICT', 'changed', { currentRevision: 5, currentAnswers: [{ question: 'staff', value: 30 }] }),
    });
    fireEvent.change(await screen.findByTestId('field-staff'), { target: { value: '14' } });
    fireEvent.click(await screen.findByTestId('conflict-take-theirs'));
    await waitFor(() => expect(field('staff').value).toBe('30'));
    expect(requests.filter((request) => request.operationName === 'FillSaveAnswers')).toHaveLength(1);
    expect(readLocalDraft('asg-mff')).toBeNull();
  });

  it('when a colleague submitted meanwhile, reloads and shows the locked response instead of a conflict', async () => {
    let current = fillAssignment();
    renderPage({
      FillAssignment: () => ({ data: { questionnaireAssignment: current } }),
      FillSaveAnswers: () => {
        current = fillAssignment({ status: 'SUBMITTED', submittedAt: '2026-01-20T10:00:00.000Z', revision: 4 });
        return graphQLError('CONFLICT', 'This response is submitted and locked', { currentRevision: 4 });
      },
    });
    fireEvent.change(await screen.findByTestId('field-staff'), { target: { value: '14' } });
    expect(await screen.findByTestId('assignment-submitted')).toBeTruthy();
    expect(screen.queryByTestId('draft-conflict')).toBeNull();
    expect(field('staff').readOnly).toBe(true);
  });

  it('clears the district when the governorate changes, so the save sends no pick the form no longer offers', async () => {
    const places = fillAssignment({
      answers: [
        { __typename: 'Answer', question: 'gov', value: 'HD' },
        { __typename: 'Answer', question: 'district', value: 'mukalla' },
      ],
      questionnaire: {
        ...lendingQuestionnaire,
        questions: [
          question({ name: 'gov', type: 'SELECT_ONE', choices: [choice('HD', 'حضرموت', 'Hadramout'), choice('AD', 'عدن', 'Aden')] }),
          question({
            name: 'district',
            type: 'SELECT_ONE',
            choiceFilter: 'gov = ${gov}',
            choices: [choice('mukalla', 'المكلا', 'Mukalla', { gov: 'HD' }), choice('crater', 'كريتر', 'Crater', { gov: 'AD' })],
          }),
        ],
      },
    });
    const { requests } = renderPage({
      FillAssignment: () => ({ data: { questionnaireAssignment: places } }),
      FillSaveAnswers: () => ({ data: { saveQuestionnaireAnswers: saved(4, [{ question: 'gov', value: 'AD' }]) } }),
    });
    expect(((await screen.findByTestId('choice-district-mukalla')) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('choice-gov-AD'));
    expect(screen.queryByTestId('choice-district-mukalla')).toBeNull();
    expect((screen.getByTestId('choice-district-crater') as HTMLInputElement).checked).toBe(false);
    expect(readLocalDraft('asg-mff')?.answers.district).toBeNull();

    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-status')).toBe('saved'));
    const save = requests.filter((request) => request.operationName === 'FillSaveAnswers');
    expect(save).toHaveLength(1);
    expect((save[0].variables as { input: { answers: unknown } }).input.answers).toEqual([
      { question: 'gov', value: 'AD' },
      { question: 'district', value: null },
    ]);
  });

  it('refuses to submit while relevant required answers are missing, listing them with links to the fields', async () => {
    const { requests } = renderPage({
      FillAssignment: () => ({ data: { questionnaireAssignment: fillAssignment() } }),
    });
    fireEvent.click(await screen.findByTestId('assignment-submit'));
    const missing = await screen.findByTestId('assignment-missing');
    expect(within(missing).getByTestId('missing-lends').textContent).toBe('Do you lend?');
    // max_amount is required only when relevant (they lend): not listed yet.
    expect(within(missing).queryByTestId('missing-max_amount')).toBeNull();
    fireEvent.click(within(missing).getByTestId('missing-lends'));
    await waitFor(() => expect(document.activeElement?.closest('[data-testid="field-lends"]')).not.toBeNull());
    expect(requests.some((request) => request.operationName === 'FillSubmit')).toBe(false);
  });

  it('submits a complete response and shows it locked', async () => {
    const complete = fillAssignment({
      answers: [
        { __typename: 'Answer', question: 'staff', value: 12 },
        { __typename: 'Answer', question: 'lends', value: false },
      ],
    });
    const { requests } = renderPage({
      FillAssignment: () => ({ data: { questionnaireAssignment: complete } }),
      FillSubmit: () => ({ data: { submitQuestionnaireResponse: { ...complete, status: 'SUBMITTED', submittedAt: '2026-01-20T10:00:00.000Z', revision: 4 } } }),
    });
    fireEvent.click(await screen.findByTestId('assignment-submit'));
    fireEvent.click(await screen.findByTestId('assignment-submit-confirm'));
    expect(await screen.findByTestId('assignment-submitted')).toBeTruthy();
    expect(requests.find((request) => request.operationName === 'FillSubmit')?.variables).toEqual({ assignmentId: 'asg-mff' });
    expect(screen.getByTestId('assignment-status').textContent).toBe('Submitted');
    expect(screen.queryByTestId('assignment-submit')).toBeNull();
    expect(field('staff').readOnly).toBe(true);
  });

  it('shows the partner why the consortium reopened their response', async () => {
    renderPage(
      { FillAssignment: () => ({ data: { questionnaireAssignment: fillAssignment({ reopenedAt: '2026-01-21T08:00:00.000Z', reopenReason: 'أكملوا عدد الموظفين' }) } }) },
      { language: 'ar' },
    );
    expect((await screen.findByTestId('assignment-reopened')).textContent).toContain('السبب: أكملوا عدد الموظفين');
  });

  it('lets the lead read a response without editing or saving it', async () => {
    const { requests } = renderPage(
      { FillAssignment: () => ({ data: { questionnaireAssignment: fillAssignment({ status: 'SUBMITTED', submittedAt: '2026-01-20T10:00:00.000Z' }) } }) },
      { user: lead },
    );
    expect((await screen.findByTestId('assignment-page')).textContent).toContain('(read only)');
    expect(field('staff').readOnly).toBe(true);
    expect(screen.queryByTestId('save-status')).toBeNull();
    expect(screen.queryByTestId('assignment-submit')).toBeNull();
    expect(requests.some((request) => request.operationName === 'FillSaveAnswers')).toBe(false);
  });
});
