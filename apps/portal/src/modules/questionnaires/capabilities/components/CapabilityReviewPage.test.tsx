import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { awnMicroLoan, text } from '../../../../test/fixtures';
import { graphQLError } from '../../../../test/graphql-fetch';
import { renderApp } from '../../../../test/render';
import { CapabilityReviewPage } from './CapabilityReviewPage';

const change = (overrides: Record<string, unknown>) => ({ __typename: 'ServiceChange', entry: null, service: null, fields: [], ...overrides });
const field = (name: string, before: unknown, after: unknown) => ({ __typename: 'FieldChange', field: name, before, after });

function difference(fingerprint: string, capacity: number) {
  return {
    data: {
      capabilityDifference: {
        __typename: 'CapabilityDifference',
        fingerprint,
        warnings: [],
        assignment: {
          __typename: 'QuestionnaireAssignment',
          id: 'a-1',
          status: 'SUBMITTED',
          submittedAt: '2026-11-30T10:00:00Z',
          appliedAt: null,
          organization: { __typename: 'Organization', id: 'org-awn', name: text('مؤسسة العون', 'Al-Awn') },
          questionnaire: { __typename: 'Questionnaire', id: 'q-1', version: 1, title: text('استبيان الإقراض', 'Lending questionnaire') },
        },
        changes: [
          change({
            action: 'UPDATE',
            entry: 0,
            name: awnMicroLoan.name,
            service: awnMicroLoan,
            fields: [field('capacity', awnMicroLoan.capacity, capacity)],
          }),
          change({
            action: 'CREATE',
            entry: 1,
            name: text('متابعة المقترضين', 'Borrower follow-up'),
            fields: [field('name', null, { ar: 'متابعة المقترضين', en: 'Borrower follow-up' }), field('capacity', null, 40)],
          }),
        ],
      },
    },
  };
}

describe('capability review', () => {
  it('shows current and proposed side by side, and after a CONFLICT reloads the difference before applying', async () => {
    let version = 0;
    const applied: unknown[] = [];
    renderApp(null, {
      routes: [{ path: '/assignments/:id/capabilities', element: <CapabilityReviewPage /> }],
      path: '/assignments/a-1/capabilities',
      language: 'en',
      handlers: {
        CapabilityDifference: () => (version === 0 ? difference('fp-1', 150) : difference('fp-2', 175)),
        ApplyCapabilityDifference: (variables) => {
          applied.push(variables);
          if ((variables.input as { expectedFingerprint: string }).expectedFingerprint === 'fp-1') {
            version = 1;
            return graphQLError('CONFLICT', 'The difference changed');
          }
          return { data: { applyCapabilityDifference: [{ __typename: 'Service', id: 'svc-1' }, { __typename: 'Service', id: 'svc-2' }] } };
        },
      },
    });
    const cards = await screen.findAllByTestId('capability-change');
    expect(cards.map((card) => card.getAttribute('data-action'))).toEqual(['UPDATE', 'CREATE']);
    const update = within(cards[0]!).getAllByTestId('capability-field');
    expect(update.filter((row) => row.getAttribute('data-changed') === 'true').map((row) => row.getAttribute('data-field'))).toEqual(['capacity']);
    const capacity = update.find((row) => row.getAttribute('data-field') === 'capacity')!;
    expect([...capacity.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['Capacity', String(awnMicroLoan.capacity), '150']);
    expect(within(cards[1]!).getAllByTestId('capability-field').every((row) => row.getAttribute('data-changed') === 'true')).toBe(true);

    fireEvent.click(screen.getByTestId('capability-apply'));
    fireEvent.click(await screen.findByTestId('capability-apply-confirm'));
    expect(await screen.findByTestId('capability-conflict')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('175').length).toBeGreaterThan(0));
    expect(applied).toEqual([{ input: { assignmentId: 'a-1', expectedFingerprint: 'fp-1' } }]);

    fireEvent.click(screen.getByTestId('capability-apply'));
    fireEvent.click(await screen.findByTestId('capability-apply-confirm'));
    await waitFor(() => expect(applied).toHaveLength(2));
    expect(applied[1]).toEqual({ input: { assignmentId: 'a-1', expectedFingerprint: 'fp-2' } });
  });
});
