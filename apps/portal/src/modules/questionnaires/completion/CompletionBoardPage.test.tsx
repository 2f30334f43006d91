import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { text } from '../../../test/fixtures';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { lendingQuestionnaire, mffOrganization } from '../../../test/questionnaires';
import { renderApp, testUser } from '../../../test/render';
import { CompletionBoardPage } from './CompletionBoardPage';

const routes = [{ path: '/questionnaires/:id/completion', element: <CompletionBoardPage /> }];
const awn = { __typename: 'Organization', id: 'org-awn', name: text('مؤسسة العون للتنمية', 'Al-Awn Foundation') };
const nwc = { __typename: 'Organization', id: 'org-nwc', name: text('اتحاد نساء اليمن', 'Yemeni Women Union') };

const assignment = (id: string, organization: typeof awn, status: string, overdue = false) => ({
  __typename: 'QuestionnaireAssignment',
  id,
  status,
  dueOn: '2026-02-01',
  overdue,
  submittedAt: status === 'SUBMITTED' ? '2026-01-20T10:00:00.000Z' : null,
  lastSavedAt: status === 'NOT_STARTED' ? null : '2026-01-19T10:00:00.000Z',
  reopenedAt: null,
  appliedAt: null,
  organization,
});

const board = {
  questionnaire: { ...lendingQuestionnaire },
  questionnaireCompletion: {
    __typename: 'QuestionnaireCompletion',
    assigned: 3,
    submitted: 1,
    drafts: 1,
    pending: [awn, nwc],
    overdue: [nwc],
    assignments: [
      assignment('asg-mff', mffOrganization, 'SUBMITTED'),
      assignment('asg-awn', awn, 'DRAFT'),
      assignment('asg-nwc', nwc, 'NOT_STARTED', true),
    ],
  },
};

function renderBoard(handlers: Record<string, OperationHandler>, user = testUser(), language: 'ar' | 'en' = 'en') {
  return renderApp(null, { language, routes, path: '/questionnaires/q-lending-1/completion', user, handlers });
}

describe('the completion board', () => {
  it('shows progress, counts, pending and overdue partners, and each assignment with the way to its response', async () => {
    renderBoard({ BoardCompletion: () => ({ data: board }) });
    expect((await screen.findByTestId('completion-progress-text')).textContent).toBe('1 of 3 partners submitted');
    expect(screen.getByTestId('completion-progress').querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('33');
    expect(screen.getByTestId('completion-count-drafts').textContent).toBe('Drafts1');
    expect(within(screen.getByTestId('completion-overdue')).getAllByTestId('completion-overdue-partner').map((item) => item.textContent)).toEqual([
      'Yemeni Women Union',
    ]);
    expect(within(screen.getByTestId('completion-pending')).getAllByTestId('completion-pending-partner')).toHaveLength(2);

    const cards = screen.getAllByTestId('completion-assignment');
    // Overdue first, submitted last.
    expect(cards.map((card) => card.getAttribute('data-assignment'))).toEqual(['asg-nwc', 'asg-awn', 'asg-mff']);
    expect(within(cards[0]).getByTestId('completion-assignment-overdue')).toBeTruthy();
    expect(within(cards[2]).getByTestId('completion-open-response').getAttribute('href')).toBe('/assignments/asg-mff');
    expect(within(cards[2]).getByTestId('completion-review-capabilities').getAttribute('href')).toBe('/assignments/asg-mff/capabilities');
    expect(within(cards[1]).queryByTestId('completion-review-capabilities')).toBeNull();
  });

  it('reminds the pending partners now and says how many were reminded', async () => {
    const { requests } = renderBoard({
      BoardCompletion: () => ({ data: board }),
      BoardRemind: () => ({ data: { remindQuestionnaireAssignees: 2 } }),
    });
    fireEvent.click(await screen.findByTestId('completion-remind'));
    fireEvent.click(await screen.findByTestId('completion-remind-confirm'));
    expect(await screen.findByText('Partners reminded: 2')).toBeTruthy();
    expect(requests.find((request) => request.operationName === 'BoardRemind')?.variables).toEqual({ questionnaireId: 'q-lending-1' });
    await waitFor(() => expect(requests.filter((request) => request.operationName === 'BoardCompletion')).toHaveLength(2));
  });

  it('offers no reminder to committee members, who follow up without acting', async () => {
    renderBoard({ BoardCompletion: () => ({ data: board }) }, testUser({ role: Role.COMMITTEE_MEMBER }), 'ar');
    expect((await screen.findByTestId('completion-progress-text')).textContent).toBe('سلّم 1 من 3 شركاء');
    expect(screen.queryByTestId('completion-remind')).toBeNull();
  });

  it('says so when the user may not see the board', async () => {
    renderBoard({ BoardCompletion: () => graphQLError('FORBIDDEN') });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
