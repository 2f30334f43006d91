import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awnOrganization, meeting, recommendation, smepsOrganization } from '../../../test/meetings';
import { renderApp } from '../../../test/render';
import { MeetingPrintPage } from './MeetingPrintPage';

const routes = [{ path: '/meetings/:id/print', element: <MeetingPrintPage /> }];

const printed = meeting({
  recommendations: [
    recommendation(2, { dueOn: '2018-03-31', overdue: true, status: 'IN_PROGRESS', owners: [awnOrganization] }),
    recommendation(1, { status: 'DONE', owners: [awnOrganization, smepsOrganization] }),
  ],
});

afterEach(() => vi.restoreAllMocks());

describe('MeetingPrintPage', () => {
  it('prints right to left in Arabic: title, attendees, minutes, then numbered recommendations with owners and dates', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderApp(null, { routes, path: '/meetings/meet-mukalla/print', handlers: { MeetingPrint: () => ({ data: { meeting: printed } }) } });
    const page = await screen.findByTestId('meeting-print');
    expect(page.getAttribute('dir')).toBe('rtl');
    expect(page.getAttribute('lang')).toBe('ar');

    const order = ['print-title', 'print-attendees', 'print-minutes', 'print-recommendations'].map((id) => screen.getByTestId(id));
    for (let index = 1; index < order.length; index++) {
      expect(order[index - 1].compareDocumentPosition(order[index]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    const rows = within(screen.getByTestId('print-recommendations')).getAllByTestId('print-recommendation');
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['1', 'التوصية رقم 1', 'مؤسسة العون للتنمية ووكالة تنمية المنشآت الصغيرة والأصغر', '—', 'منجزة'],
      ['2', 'التوصية رقم 2', 'مؤسسة العون للتنمية', '31 مارس 2018', 'قيد التنفيذ · متأخرة'],
    ]);

    fireEvent.click(screen.getByTestId('print-now'));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('prints left to right in English', async () => {
    renderApp(null, { routes, path: '/meetings/meet-mukalla/print', language: 'en', handlers: { MeetingPrint: () => ({ data: { meeting: printed } }) } });
    const page = await screen.findByTestId('meeting-print');
    expect(page.getAttribute('dir')).toBe('ltr');
    expect(screen.getByTestId('print-title').textContent).toBe("Partners' meeting in Mukalla");
  });
});
