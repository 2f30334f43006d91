import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { recommendationDetail } from '../../../test/recommendations';
import { renderApp, testUser } from '../../../test/render';
import { RecommendationPage } from './RecommendationPage';

const routes = [{ path: '/recommendations/:id', element: <RecommendationPage /> }];
const ownerStaff = testUser({ id: 'user-mff', role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } } });

function renderPage(handlers: Record<string, OperationHandler>, language: 'ar' | 'en' = 'ar') {
  return renderApp(null, { language, routes, path: '/recommendations/rec-1', user: ownerStaff, handlers });
}

async function chooseDrop() {
  fireEvent.click(await screen.findByTestId('action-move'));
  const status = await screen.findByTestId('progress-status');
  fireEvent.click(within(status).getByText('ملغاة'));
}

describe('RecommendationPage: moving the status', () => {
  it('shows the owner what they may do, and not the managers’ actions', async () => {
    renderPage({ Recommendation: () => ({ data: { recommendation: recommendationDetail() } }) });
    expect((await screen.findByTestId('recommendation-kicker')).textContent).toBe('التوصية 2');
    expect(screen.getByTestId('action-move')).toBeTruthy();
    expect(screen.getByTestId('action-note')).toBeTruthy();
    expect(screen.queryByTestId('action-edit')).toBeNull();
    expect(screen.queryByTestId('action-follow-up')).toBeNull();
  });

  it('asks for the reason of a drop before sending anything', async () => {
    const { requests } = renderPage({ Recommendation: () => ({ data: { recommendation: recommendationDetail() } }) });
    await chooseDrop();
    expect(screen.getByTestId('progress-reason-hint')).toBeTruthy();
    fireEvent.click(screen.getByTestId('progress-form-submit'));
    expect(await screen.findByText('اكتب السبب.')).toBeTruthy();
    expect(requests.some((request) => request.operationName === 'UpdateRecommendation')).toBe(false);
  });

  it('shows the API’s field error under the reason, in the reader’s language', async () => {
    renderPage({
      Recommendation: () => ({ data: { recommendation: recommendationDetail() } }),
      UpdateRecommendation: () =>
        graphQLError('BAD_USER_INPUT', 'Invalid input', {
          fieldErrors: [
            {
              field: 'progressNote',
              message: 'Dropping needs a reason',
              localized: { ar: 'الإلغاء يحتاج إلى سبب مكتوب', en: 'Dropping needs a reason' },
            },
          ],
        }),
    });
    await chooseDrop();
    // The browser's check passes; the API still has the last word and refuses it.
    fireEvent.change(screen.getByTestId('progress-note-input'), { target: { value: 'x' } });
    fireEvent.click(screen.getByTestId('progress-form-submit'));
    expect(await screen.findByText('الإلغاء يحتاج إلى سبب مكتوب')).toBeTruthy();
  });

  it('sends the move with the version it showed, then shows the new status and the note in the thread', async () => {
    const dropped = recommendationDetail({
      status: 'DROPPED',
      version: 4,
      statusReason: 'توقف التمويل',
      progress: [
        {
          __typename: 'ProgressNote',
          id: 'note-1',
          at: '2018-02-10T08:00:00.000Z',
          note: 'توقف التمويل',
          percent: null,
          statusFrom: 'IN_PROGRESS',
          statusTo: 'DROPPED',
          by: { __typename: 'User', id: 'user-mff', displayName: 'خولة' },
        },
      ],
    });
    const { requests } = renderPage({
      Recommendation: () => ({ data: { recommendation: recommendationDetail() } }),
      UpdateRecommendation: () => ({ data: { updateRecommendation: dropped } }),
    });
    await chooseDrop();
    fireEvent.change(screen.getByTestId('progress-note-input'), { target: { value: 'توقف التمويل' } });
    fireEvent.click(screen.getByTestId('progress-form-submit'));
    await waitFor(() => expect(screen.getAllByTestId('recommendation-status')[0]?.getAttribute('data-status')).toBe('DROPPED'));
    expect(requests.find((request) => request.operationName === 'UpdateRecommendation')?.variables).toEqual({
      id: 'rec-1',
      input: { expectedVersion: 3, status: 'DROPPED', progressNote: 'توقف التمويل' },
    });
    const note = screen.getByTestId('progress-note');
    expect(within(note).getByTestId('progress-move').textContent).toBe('قيد التنفيذ ← ملغاة');
    expect(within(note).getByTestId('progress-note-text').textContent).toBe('توقف التمويل');
  });

  it('reloads and says so when someone changed it meanwhile (CONFLICT)', async () => {
    let loads = 0;
    renderPage({
      Recommendation: () => {
        loads += 1;
        return { data: { recommendation: recommendationDetail({ version: loads === 1 ? 3 : 5 }) } };
      },
      UpdateRecommendation: () => graphQLError('CONFLICT', 'This recommendation changed since you loaded it', { currentVersion: 5 }),
    });
    fireEvent.click(await screen.findByTestId('action-note'));
    fireEvent.change(await screen.findByTestId('progress-note-input'), { target: { value: 'عقدنا ورشة' } });
    fireEvent.click(screen.getByTestId('progress-form-submit'));
    expect(await screen.findByTestId('recommendation-conflict')).toBeTruthy();
    await waitFor(() => expect(loads).toBe(2));
  });
});
