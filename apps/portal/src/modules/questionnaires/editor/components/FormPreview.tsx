import { Card, Checkbox, Group, Radio, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Locale } from '@shuraka/domain';
import { evaluateForm, initialAnswers, validateForm, type AnswerSet, type FormChoice, type FormDefinition, type FormQuestion, type FormState } from '@shuraka/xlsform';
import { useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { withoutUnofferedChoices } from '../../form/answers';
import { FormRenderer } from '../../form/FormRenderer';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The engine's reading of the author's trial answers; null while the form has problems (the static outline shows instead). */
function tryEvaluate(definition: FormDefinition, answers: AnswerSet): FormState | null {
  if (validateForm(definition).length > 0) return null;
  try {
    return evaluateForm(definition, answers, { today: today() });
  } catch {
    return null;
  }
}

/** The label in the preview's language, the other one when that is empty (as the partner will see it). */
function pick(text: { ar?: string | null; en?: string | null } | null | undefined, language: Locale): string {
  if (!text) return '';
  const other: Locale = language === 'ar' ? 'en' : 'ar';
  return text[language]?.trim() || text[other]?.trim() || '';
}

/**
 * How the form reads, in Arabic or English, whatever the interface language is. A valid form is the partner's own
 * FormRenderer, so the author can try answers and see relevance, calculations and constraints work; while the form
 * has problems, a static outline (groups as sections, repeats framed, inputs disabled, relevance as text).
 */
export function FormPreview({ definition }: { definition: FormDefinition }) {
  const { t, i18n } = useTranslation();
  const interfaceLanguage = useLocale();
  const [language, setLanguage] = useState<Locale>(definition.defaultLanguage ?? interfaceLanguage);
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const [answers, setAnswers] = useState<AnswerSet>(() => initialAnswers(definition));
  const state = useMemo(() => tryEvaluate(definition, answers), [definition, answers]);
  // The form's own words (Yes/No, "add an entry", messages) in the preview's language, not the interface's.
  const previewI18n = useMemo(() => i18n.cloneInstance({ lng: language }), [i18n, language]);

  const renderChildren = (parent: string | null): ReactNode[] =>
    definition.questions.filter((q) => (q.parent ?? null) === parent).map((q) => renderQuestion(q));

  const renderQuestion = (q: FormQuestion): ReactNode => {
    const label = pick(q.label, language);
    const hint = pick(q.hint, language);
    const shownWhen = q.relevant ? (
      <Text size="xs" c="dimmed" dir="ltr" ff="monospace">
        {t('questionnaires.editor.shownWhen', { expression: q.relevant, lng: language })}
      </Text>
    ) : null;
    if (q.type === 'GROUP' || q.type === 'REPEAT') {
      return (
        <Card key={q.name} withBorder padding="sm" radius="sm" data-testid="preview-group" style={q.type === 'REPEAT' ? { borderStyle: 'dashed' } : undefined}>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {label || q.name}
            </Title>
            {hint ? <Text size="sm" c="dimmed">{hint}</Text> : null}
            {shownWhen}
            {renderChildren(q.name)}
          </Stack>
        </Card>
      );
    }
    if (q.type === 'CALCULATE') return null;
    if (q.type === 'NOTE') {
      return (
        <Stack key={q.name} gap={2} data-testid="preview-question">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {label}
          </Text>
          {shownWhen}
        </Stack>
      );
    }
    const required = q.required || !!q.requiredIf;
    return (
      <Stack key={q.name} gap={4} data-testid="preview-question">
        <Text size="sm" fw={600}>
          {label || q.name}
          {required ? (
            <Text component="span" c="red" aria-hidden>
              {' *'}
            </Text>
          ) : null}
        </Text>
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
        {q.type === 'SELECT_ONE' || q.type === 'SELECT_MULTIPLE' ? (
          <Group gap="md">
            {(q.choices ?? []).map((choice: FormChoice) =>
              q.type === 'SELECT_ONE' ? (
                <Radio key={choice.name} label={pick(choice.label, language) || choice.name} disabled checked={false} onChange={() => undefined} />
              ) : (
                <Checkbox key={choice.name} label={pick(choice.label, language) || choice.name} disabled checked={false} onChange={() => undefined} />
              ),
            )}
          </Group>
        ) : (
          <TextInput
            disabled
            aria-label={label || q.name}
            placeholder={t(`questionnaires.editor.types.${q.type}`, { lng: language })}
            value={q.default ?? ''}
            onChange={() => undefined}
          />
        )}
        {shownWhen}
      </Stack>
    );
  };

  return (
    <Stack gap="sm" data-testid="form-preview">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('questionnaires.editor.previewLanguage')}
        </Text>
        <SegmentedControl
          size="xs"
          value={language}
          onChange={(value) => setLanguage(value as Locale)}
          data={[
            { value: 'ar', label: t('common.localized.ar') },
            { value: 'en', label: t('common.localized.en') },
          ]}
          data-testid="preview-language"
        />
      </Group>
      <Stack gap="md" dir={dir} lang={language} data-testid="preview-body">
        <Title order={2} size="h4">
          {pick(definition.title, language)}
        </Title>
        {definition.questions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('questionnaires.editor.previewEmpty')}
          </Text>
        ) : state ? (
          <div data-testid="preview-live">
            <I18nextProvider i18n={previewI18n}>
              <FormRenderer form={definition} answers={answers} state={state} locale={language} onChange={(next) => setAnswers(withoutUnofferedChoices(definition, next, today()))} />
            </I18nextProvider>
          </div>
        ) : (
          renderChildren(null)
        )}
      </Stack>
    </Stack>
  );
}
