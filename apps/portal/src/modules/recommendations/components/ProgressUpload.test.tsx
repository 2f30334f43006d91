import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError } from '../../../test/graphql-fetch';
import { renderApp } from '../../../test/render';
import { ProgressUploadDialog } from './ProgressUpload';

const refusal = graphQLError('BAD_USER_INPUT', 'progress.csv was not applied, nothing changed', {
  fieldErrors: [
    {
      field: 'file',
      row: 4,
      column: 'status',
      message: 'Dropping recommendation 3 needs a note',
      constraint: 'progressSheet',
      localized: { ar: 'إلغاء التوصية 3 يحتاج إلى ملاحظة بالسبب', en: 'Dropping recommendation 3 needs a note' },
    },
    {
      field: 'file',
      row: 2,
      column: 'number',
      message: 'This meeting has no recommendation 9.',
      constraint: 'progressSheet',
      localized: { ar: 'لا توجد في هذا الاجتماع توصية رقم 9.', en: 'This meeting has no recommendation 9.' },
    },
  ],
});

function upload(language: 'ar' | 'en') {
  const result = renderApp(<ProgressUploadDialog meetingId="meeting-1" opened onClose={() => undefined} />, {
    language,
    handlers: { ImportRecommendationUpdates: () => refusal },
  });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File(['number,status,note\n9,DONE,\n'], 'progress.csv', { type: 'text/csv' })] } });
  return result;
}

describe('ProgressUploadDialog', () => {
  it('lists every refused row with its row number, column and the reason in Arabic, in row order', async () => {
    const { requests } = upload('ar');
    fireEvent.click(await screen.findByTestId('progress-submit'));
    const errors = await screen.findByTestId('progress-errors');
    const rows = within(errors).getAllByTestId('progress-error');
    expect(rows.map((row) => row.getAttribute('data-row'))).toEqual(['2', '4']);
    expect(rows[0]?.textContent).toBe('الصف 2، العمود «number»: لا توجد في هذا الاجتماع توصية رقم 9.');
    expect(rows[1]?.textContent).toBe('الصف 4، العمود «status»: إلغاء التوصية 3 يحتاج إلى ملاحظة بالسبب');
    expect(errors.textContent).toContain('لم يتغيّر شيء');
    const sent = requests.find((request) => request.operationName === 'ImportRecommendationUpdates')?.variables as {
      input: { meetingId: string; fileName: string; fileBase64: string };
    };
    expect(sent.input.meetingId).toBe('meeting-1');
    expect(sent.input.fileName).toBe('progress.csv');
    expect(atob(sent.input.fileBase64)).toBe('number,status,note\n9,DONE,\n');
  });

  it('uses the English message in English', async () => {
    upload('en');
    fireEvent.click(await screen.findByTestId('progress-submit'));
    await waitFor(() => expect(screen.getAllByTestId('progress-error')).toHaveLength(2));
    expect(screen.getAllByTestId('progress-error')[1]?.textContent).toBe('Row 4, column “status”: Dropping recommendation 3 needs a note');
  });
});
