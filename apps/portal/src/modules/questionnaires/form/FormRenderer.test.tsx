import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { evaluateForm, type AnswerSet, type FormDefinition } from '@shuraka/xlsform';
import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { useLocale } from '../../../shared/hooks/use-locale';
import { FormRenderer } from './FormRenderer';

/** A slice of the Hadramout lending-partners questionnaire (seed 001). */
const lendingPartners: FormDefinition = {
  title: { ar: 'استبيان الشركاء المقرضين', en: 'Lending partners questionnaire' },
  questions: [
    { name: 'org', type: 'GROUP', label: { ar: 'بيانات الجهة', en: 'Your organisation' } },
    { name: 'staff', type: 'INTEGER', parent: 'org', label: { ar: 'عدد الموظفين', en: 'Number of staff' }, hint: { ar: 'بدوام كامل', en: 'Full time' }, required: true },
    { name: 'lends', type: 'BOOLEAN', parent: 'org', label: { ar: 'هل تقدمون قروضاً؟', en: 'Do you lend?' }, required: true },
    {
      name: 'loan',
      type: 'GROUP',
      label: { ar: 'القروض', en: 'Loans' },
      relevant: "${lends} = 'true'",
    },
    {
      name: 'max_amount',
      type: 'DECIMAL',
      parent: 'loan',
      label: { ar: 'أعلى مبلغ قرض', en: 'Largest loan' },
      constraint: '. > 0 and . <= 5000000',
      constraintMessage: { ar: 'المبلغ بين ١ و٥ ملايين', en: 'Between 1 and 5 million' },
    },
    { name: 'max_in_thousands', type: 'CALCULATE', parent: 'loan', label: { ar: 'بالآلاف', en: 'In thousands' }, calculation: 'round(${max_amount} div 1000, 0)' },
    {
      name: 'guarantee',
      type: 'SELECT_ONE',
      parent: 'loan',
      label: { ar: 'الضمان المطلوب', en: null },
      choices: [
        { name: 'NONE', label: { ar: 'بدون ضمان', en: 'None' } },
        { name: 'GROUP', label: { ar: 'ضمان جماعي', en: 'Group guarantee' } },
      ],
    },
    { name: 'services_page', type: 'GROUP', label: { ar: 'الخدمات', en: 'Services' } },
    { name: 'services', type: 'REPEAT', parent: 'services_page', label: { ar: 'خدمة تقدمونها', en: 'A service you offer' }, maxRepeats: 2 },
    { name: 'service_name', type: 'TEXT', parent: 'services', label: { ar: 'اسم الخدمة', en: 'Service name' } },
    {
      name: 'categories',
      type: 'SELECT_MULTIPLE',
      parent: 'services',
      label: { ar: 'الفئات', en: 'Categories' },
      choices: [
        { name: 'YOUTH', label: { ar: 'الشباب', en: 'Youth' } },
        { name: 'WOMEN', label: { ar: 'النساء', en: 'Women' } },
      ],
    },
  ],
};

let latest: AnswerSet = {};

function Harness({ form, initial = {}, paged = false, readOnly = false }: { form: FormDefinition; initial?: AnswerSet; paged?: boolean; readOnly?: boolean }) {
  const locale = useLocale();
  const [answers, setAnswers] = useState<AnswerSet>(initial);
  const state = useMemo(() => evaluateForm(form, answers, { today: '2026-01-15' }), [form, answers]);
  latest = answers;
  return (
    <FormRenderer
      form={form}
      answers={answers}
      state={state}
      locale={locale}
      paged={paged}
      showMissing={readOnly}
      onChange={readOnly ? undefined : setAnswers}
    />
  );
}

function input(path: string): HTMLInputElement {
  const element = screen.getByTestId(`field-${path}`);
  return (element.matches('input, textarea') ? element : element.querySelector('input, textarea')) as HTMLInputElement;
}

describe('FormRenderer', () => {
  it('shows and hides a group as its relevance changes, and computes as the partner types', async () => {
    renderApp(<Harness form={lendingPartners} />, { language: 'en' });
    expect(await screen.findByText('Your organisation')).toBeTruthy();
    expect(screen.queryByTestId('field-max_amount')).toBeNull();

    fireEvent.click(screen.getByTestId('field-lends-yes').querySelector('input') ?? screen.getByTestId('field-lends-yes'));
    await waitFor(() => expect(screen.queryByTestId('field-max_amount')).not.toBeNull());
    fireEvent.change(input('max_amount'), { target: { value: '٢٥٠٠٠٠' } });
    // Arabic-Indic digits become ASCII as they are typed, and the calculation follows.
    expect(input('max_amount').value).toBe('250000');
    await waitFor(() => expect(input('max_in_thousands').value).toBe('250'));
    expect(latest.lends).toBe(true);

    fireEvent.click(screen.getByTestId('field-lends-no').querySelector('input') ?? screen.getByTestId('field-lends-no'));
    await waitFor(() => expect(screen.queryByTestId('field-max_amount')).toBeNull());
  });

  it('puts the constraint message in the reader’s language next to the field, tied with aria-describedby', async () => {
    renderApp(<Harness form={lendingPartners} initial={{ lends: true }} />, { language: 'ar' });
    fireEvent.change(await screen.findByTestId('field-max_amount'), { target: { value: '9000000' } });
    const field = input('max_amount');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('المبلغ بين ١ و٥ ملايين');

    fireEvent.change(field, { target: { value: '900000' } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).not.toBe('true'));
    expect(screen.queryByText('المبلغ بين ١ و٥ ملايين')).toBeNull();
  });

  it('labels in the UI language, falling back to the other one, with hints as descriptions', async () => {
    renderApp(<Harness form={lendingPartners} initial={{ lends: true }} />, { language: 'en' });
    // The guarantee question has no English label: the Arabic one is shown rather than nothing.
    expect(await screen.findByText('الضمان المطلوب')).toBeTruthy();
    expect(screen.getByText('Group guarantee')).toBeTruthy();
    const staff = input('staff');
    const hint = (staff.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(hint).toContain('Full time');
  });

  it('adds and removes repeat entries up to the maximum, each with its own answers', async () => {
    renderApp(<Harness form={lendingPartners} />, { language: 'en' });
    const add = await screen.findByTestId('repeat-add-services');
    fireEvent.click(add);
    fireEvent.click(add);
    await waitFor(() => expect(screen.getAllByTestId(/^repeat-entry-services/)).toHaveLength(2));
    expect((screen.getByTestId('repeat-add-services') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('At most 2 entries.')).toBeTruthy();

    fireEvent.change(input('services[0].service_name'), { target: { value: 'Micro loan' } });
    fireEvent.change(input('services[1].service_name'), { target: { value: 'Training' } });
    fireEvent.click(within(screen.getByTestId('field-services[1].categories')).getByLabelText('Women'));
    await waitFor(() => expect(latest.services).toEqual([{ service_name: 'Micro loan' }, { service_name: 'Training', categories: ['WOMEN'] }]));

    fireEvent.click(screen.getByTestId('repeat-remove-services[0]'));
    await waitFor(() => expect(latest.services).toEqual([{ service_name: 'Training', categories: ['WOMEN'] }]));
    expect(input('services[0].service_name').value).toBe('Training');
    expect((screen.getByTestId('repeat-add-services') as HTMLButtonElement).disabled).toBe(false);
  });

  it('lets repeat_count decide the number of entries, with nothing to add or remove by hand', async () => {
    const counted: FormDefinition = {
      title: { ar: 'فروع', en: 'Branches' },
      questions: [
        { name: 'branch_count', type: 'INTEGER', label: { ar: 'عدد الفروع', en: 'Number of branches' } },
        { name: 'branches', type: 'REPEAT', label: { ar: 'فرع', en: 'Branch' }, repeatCount: '${branch_count}' },
        { name: 'city', type: 'TEXT', parent: 'branches', label: { ar: 'المدينة', en: 'City' } },
      ],
    };
    renderApp(<Harness form={counted} />, { language: 'en' });
    fireEvent.change(await screen.findByTestId('field-branch_count'), { target: { value: '٣' } });
    await waitFor(() => expect(screen.getAllByTestId(/^repeat-entry-branches/)).toHaveLength(3));
    expect(screen.queryByTestId('repeat-add-branches')).toBeNull();
    expect(screen.queryByTestId('repeat-remove-branches[0]')).toBeNull();
    fireEvent.change(input('branches[2].city'), { target: { value: 'Seiyun' } });
    fireEvent.change(input('branch_count'), { target: { value: '1' } });
    await waitFor(() => expect(screen.getAllByTestId(/^repeat-entry-branches/)).toHaveLength(1));
  });

  it('on a phone shows one group per page, skipping pages that are not relevant', async () => {
    renderApp(<Harness form={lendingPartners} paged />, { language: 'en' });
    expect((await screen.findByTestId('form-page-step')).textContent).toBe('Page 1 of 2');
    expect(screen.getByText('Your organisation')).toBeTruthy();
    expect(screen.queryByText('A service you offer')).toBeNull();
    fireEvent.click(screen.getByTestId('form-page-next'));
    expect(await screen.findByText('A service you offer')).toBeTruthy();
    expect(screen.getByTestId('form-page-step').textContent).toBe('Page 2 of 2');
    fireEvent.click(screen.getByTestId('form-page-previous'));

    fireEvent.click((await screen.findByTestId('field-lends-yes')).querySelector('input') ?? screen.getByTestId('field-lends-yes'));
    await waitFor(() => expect(screen.getByTestId('form-page-step').textContent).toBe('Page 1 of 3'));
  });

  it('read-only: shows the answers without inputs that change them, and says which required ones are missing', async () => {
    renderApp(<Harness form={lendingPartners} initial={{ lends: false }} readOnly />, { language: 'en' });
    const staff = await screen.findByTestId('field-staff');
    expect((staff as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByTestId('repeat-add-services')).toBeNull();
    const no = screen.getByTestId('field-lends-no');
    expect(((no.matches('input') ? no : no.querySelector('input')) as HTMLInputElement).disabled).toBe(true);
    expect(((no.matches('input') ? no : no.querySelector('input')) as HTMLInputElement).checked).toBe(true);
    expect(staff.getAttribute('aria-invalid')).toBe('true');
  });
});
