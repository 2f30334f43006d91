import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError } from '../../../../test/graphql-fetch';
import { renderApp } from '../../../../test/render';
import { XlsFormImportDialog } from './XlsFormImportDialog';

const refused = graphQLError('BAD_USER_INPUT', 'The XLSForm was not imported', {
  xlsformIssues: [
    { sheet: 'survey', row: 7, column: 'relevant', code: 'SYNTAX', message: 'Curly quotes “ are not allowed', question: 'amount' },
    { sheet: 'survey', row: 4, column: 'type', code: 'UNSUPPORTED', message: 'geopoint is not supported', question: 'location' },
  ],
});

describe('XLSForm import', () => {
  it('lists a refused file row by row, and imports without the unsupported rows on request', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const onImported = vi.fn();
    renderApp(<XlsFormImportDialog opened onClose={() => undefined} consortiumId="cons-1" onImported={onImported} />, {
      language: 'en',
      handlers: {
        ImportXlsForm: (variables) => {
          const input = variables.input as Record<string, unknown>;
          sent.push(input);
          if (!input.skipUnsupported) return refused;
          return {
            data: {
              importXlsForm: {
                questionnaire: { __typename: 'Questionnaire', id: 'q-new' },
                skipped: [{ __typename: 'XlsFormRowIssue', sheet: 'survey', row: 4, column: 'type', code: 'UNSUPPORTED', message: 'geopoint', question: 'location' }],
              },
            },
          };
        },
      },
    });
    const file = new File([new Uint8Array([80, 75, 3, 4, 1, 2])], 'lending.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [file] } });
    fireEvent.click(within(dialog).getByTestId('xlsform-submit'));

    const rows = await within(dialog).findAllByTestId('xlsform-issue');
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['survey', '4', 'type', 'Not supported', 'location', 'geopoint is not supported'],
      ['survey', '7', 'relevant', 'Expression error', 'amount', 'Curly quotes “ are not allowed'],
    ]);
    expect(sent[0]).toEqual({ consortiumId: 'cons-1', fileBase64: 'UEsDBAEC', fileName: 'lending.xlsx', skipUnsupported: false });
    expect(onImported).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByTestId('xlsform-skip-unsupported'));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith('q-new'));
    expect(sent[1]).toMatchObject({ skipUnsupported: true });
  });
});
