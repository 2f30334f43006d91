import { validateForm, type FormDefinition } from '@shuraka/xlsform';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../i18n';
import { describeIssue } from './issues';

const form: FormDefinition = {
  title: { ar: 'استبيان', en: 'Survey' },
  questions: [{ name: 'amount', type: 'DECIMAL', label: { ar: 'المبلغ', en: 'Amount' }, relevant: '${nowhere} > 1' }],
};

describe('describeIssue', () => {
  it('shows the form engine’s message in the UI language, with the character authors count from 1', () => {
    const [issue] = validateForm(form);
    expect(issue).toMatchObject({ question: 'amount', field: 'relevant', position: 0 });
    const english = describeIssue(issue!, createI18n('en').t, 'en');
    const arabic = describeIssue(issue!, createI18n('ar').t, 'ar');
    expect(english).toMatch(/nowhere/);
    expect(english).toMatch(/\b1\b/);
    expect(arabic).toMatch(/[\u0600-\u06FF]/);
    expect(arabic).toMatch(/nowhere/);
    expect(arabic).toContain(issue!.localized.ar);
    expect(arabic).not.toContain(issue!.message);
  });
});
