import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { branchesOutsideGovernorates, emptyOrganizationValues, type OrganizationFormValues } from '../utils/organization-form';
import { OrganizationForm } from './OrganizationForm';

const branch = (governorate: string | null) => ({ name: { ar: 'فرع', en: '' }, governorate, district: '' });

function values(overrides: Partial<OrganizationFormValues>): OrganizationFormValues {
  return { ...emptyOrganizationValues(), name: { ar: 'مؤسسة العون للتنمية', en: '' }, kind: 'NGO', ...overrides };
}

function renderForm(initialValues: OrganizationFormValues, onSubmit: () => Promise<void>, language: 'ar' | 'en' = 'ar') {
  return renderApp(<OrganizationForm initialValues={initialValues} submitLabel="save" onSubmit={onSubmit} onCancel={() => undefined} />, {
    language,
  });
}

describe('organisation form: branch governorates', () => {
  it('finds branches outside the listed governorates, and none when no governorate is listed', () => {
    expect(branchesOutsideGovernorates({ governorates: ['YE-HD'], branches: [branch('YE-HD'), branch('YE-AD'), branch(null)] })).toEqual([1]);
    expect(branchesOutsideGovernorates({ governorates: [], branches: [branch('YE-AD')] })).toEqual([]);
  });

  const initial = values({ governorates: ['YE-HD'], branches: [branch('YE-HD'), branch('YE-AD')] });

  it('warns under a branch in a governorate the organisation does not list', async () => {
    renderForm(initial, async () => undefined);
    expect((await screen.findByTestId('branch-1-governorate-warning')).textContent).toContain('ليست ضمن محافظات عمل الجهة');
    expect(screen.queryByTestId('branch-0-governorate-warning')).toBeNull();
  });

  it('words the warning in English too', async () => {
    renderForm(initial, async () => undefined, 'en');
    expect((await screen.findByTestId('branch-1-governorate-warning')).textContent).toContain('not among the organisation’s governorates');
  });
});

describe('a failed save is shown where the action is', () => {
  it('puts the alert just above the submit button and gives it focus', async () => {
    renderForm(values({ branches: [branch('YE-HD')] }), async () => {
      // The connection dropped: a failure no field can show.
      throw new TypeError('Failed to fetch');
    });
    const submit = await screen.findByTestId('org-submit');
    fireEvent.click(submit);
    const alert = await screen.findByTestId('form-error');
    // After every field (the last branch's district) and before the submit button.
    const lastField = screen.getByTestId('branch-0-district');
    expect(lastField.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(alert.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('focuses the first invalid field when the browser checks fail', async () => {
    let sent = false;
    renderForm(values({ name: { ar: '', en: '' }, branches: [branch('YE-HD')] }), async () => {
      sent = true;
    });
    fireEvent.click(await screen.findByTestId('org-submit'));
    const nameAr = screen.getByTestId('org-name-ar');
    await waitFor(() => expect(document.activeElement).toBe(nameAr));
    expect(nameAr.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(false);
  });
});
