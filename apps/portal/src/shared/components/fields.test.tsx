import { useForm } from '@mantine/form';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { AmountRangeFields } from './fields';

function Range() {
  const form = useForm({ initialValues: { minAmount: { amount: '', currency: 'YER' }, maxAmount: { amount: '', currency: 'YER' } } });
  return (
    <>
      <AmountRangeFields form={form} minPath="minAmount" maxPath="maxAmount" minLabel="min" maxLabel="max" testId="range" />
      <output data-testid="values">{JSON.stringify(form.values)}</output>
    </>
  );
}

describe('amount range with one currency', () => {
  it('shows the code when closed, the full name in the list, and sets the currency of both amounts', async () => {
    renderApp(<Range />);
    const picker = screen.getByTestId('range-amount-currency') as HTMLInputElement;
    expect(picker.value).toBe('YER');
    fireEvent.click(picker);
    const options = await screen.findAllByTestId('currency-option');
    expect(options.map((option) => option.textContent)).toContain('SAR · ريال سعودي');
    const saudi = options.find((option) => option.textContent?.startsWith('SAR'))!;
    fireEvent.click(saudi.closest('[role="option"]') ?? saudi);
    expect(picker.value).toBe('SAR');
    expect(JSON.parse(screen.getByTestId('values').textContent ?? '{}')).toEqual({
      minAmount: { amount: '', currency: 'SAR' },
      maxAmount: { amount: '', currency: 'SAR' },
    });
    expect(screen.getAllByTestId(/range-(min|max)-amount-amount/)).toHaveLength(2);
    expect(within(document.body).queryAllByTestId(/currency$/)).toHaveLength(1);
  });
});
