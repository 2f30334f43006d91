import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateField } from '../shared/components/DateField';
import { renderApp } from '../test/render';

afterEach(() => act(() => notifications.clean()));

/** Mantine's close buttons are an icon only: without a name, a screen reader says "button" (axe: button-name). */
describe('close buttons are named in the reader’s language', () => {
  it('names the close button of a dialog, in Arabic', async () => {
    renderApp(
      <Modal opened onClose={() => undefined} title="نافذة">
        محتوى
      </Modal>,
    );
    expect((await screen.findByRole('dialog')).querySelector('button')?.getAttribute('aria-label')).toBe('إغلاق');
  });

  it('names the close button of a toast, in English, and follows a change of language', async () => {
    const { i18n } = renderApp(null, { language: 'en' });
    act(() => {
      notifications.show({ message: 'Saved.' });
    });
    expect((await screen.findByRole('button', { name: 'Close' })).closest('.mantine-Notification-root')?.textContent).toContain('Saved.');
    await act(() => i18n.changeLanguage('ar'));
    expect(await screen.findByRole('button', { name: 'إغلاق' })).toBeTruthy();
  });
});

describe('dialogs do not add landmarks to the page', () => {
  it('draws a dialog’s title bar as a plain block, not a second <header> banner', async () => {
    renderApp(
      <Modal opened onClose={() => undefined} title="نافذة">
        محتوى
      </Modal>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('header')).toBeNull();
    expect(screen.getByText('نافذة').closest('.mantine-Modal-header')?.tagName).toBe('DIV');
  });
});

describe('clear buttons of fields are named', () => {
  it('names the clear button of a date field, in Arabic', async () => {
    renderApp(<DateField label="موعد التسليم" value="2026-12-15" onChange={() => undefined} />);
    expect(await screen.findByRole('button', { name: 'مسح' })).toBeTruthy();
  });
});
