import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { DateField, parseTypedDate } from './DateField';

function Birth({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label="birth" value={value} onChange={setValue} data-testid="date" />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('date field in the chosen language', () => {
  it('shows the day and the calendar with Arabic month names in Arabic', async () => {
    renderApp(<Birth initial="1998-03-14" />, { language: 'ar' });
    const input = screen.getByTestId('date') as HTMLInputElement;
    expect(input.value).toBe('14 مارس 1998');
    fireEvent.click(input);
    expect((await screen.findByText('مارس 1998')).textContent).toBe('مارس 1998');
    expect(document.body.textContent).not.toMatch(/March/);
  });

  it('shows English month names in English', async () => {
    renderApp(<Birth initial="1998-03-14" />, { language: 'en' });
    const input = screen.getByTestId('date') as HTMLInputElement;
    expect(input.value).toBe('14 March 1998');
    fireEvent.click(input);
    expect(await screen.findByText('March 1998')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/مارس/);
  });

  it('takes a typed day, Arabic-Indic digits included, and keeps an ISO day as the value', () => {
    renderApp(<Birth initial="" />, { language: 'ar' });
    fireEvent.change(screen.getByTestId('date'), { target: { value: '١٤/٣/١٩٩٨' } });
    expect(screen.getByTestId('value').textContent).toBe('1998-03-14');
  });

  it('parses ISO, day/month/year and the displayed words, and refuses impossible days', () => {
    expect(parseTypedDate('1998-03-14', 'en')).toBe('1998-03-14');
    expect(parseTypedDate('١٩٩٨-٠٣-١٤', 'ar')).toBe('1998-03-14');
    expect(parseTypedDate('14 مارس 1998', 'ar')).toBe('1998-03-14');
    expect(parseTypedDate('14 March 1998', 'en')).toBe('1998-03-14');
    expect(parseTypedDate('30/2/1998', 'en')).toBeNull();
    expect(parseTypedDate('soon', 'en')).toBeNull();
  });
});
