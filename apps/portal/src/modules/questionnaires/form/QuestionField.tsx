import { Checkbox, Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { pickLocalized, type Locale } from '@shuraka/domain';
import type { AnswerValue, FormChoice, FormQuestion } from '@shuraka/xlsform';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/components/DateField';
import { normalizeAmountInput, toLatinDigits } from '../../../shared/utils/digits';
import { fieldId } from './pages';

export interface QuestionFieldProps {
  question: FormQuestion;
  path: string;
  /** What the partner typed or picked (raw: a number field may hold `12.` while being typed). */
  value: AnswerValue | undefined;
  /** The engine's value, shown for calculations and read-only questions. */
  computed: AnswerValue | undefined;
  choices: FormChoice[];
  /** The message to show next to the field (constraint, type or required), in the reader's language. */
  error?: string;
  locale: Locale;
  readOnly: boolean;
  onChange: (value: AnswerValue) => void;
}

function asText(value: AnswerValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(' ');
  return String(value);
}

function blankToNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** Radios read well for a few choices; a searchable list for long ones (governorates, districts). */
const RADIO_LIMIT = 6;
const CHECKBOX_COLUMNS_FROM = 8;

/** One question of the form as the input its type calls for; labels in the reader's language, falling back. */
export function QuestionField({ question, path, value, computed, choices, error, locale, readOnly, onChange }: QuestionFieldProps) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const label = pickLocalized(question.label, locale) || question.name;
  const hint = pickLocalized(question.hint, locale) || undefined;
  const locked = readOnly || !!question.readOnly;
  const common = {
    id,
    label,
    description: hint,
    error,
    withAsterisk: !!question.required && !locked,
    'data-testid': `field-${path}`,
    'data-question': question.name,
  };

  switch (question.type) {
    case 'NOTE':
      return (
        <Stack gap={2} data-testid={`note-${path}`} id={id}>
          <Text size="sm" fw={600}>
            {label}
          </Text>
          {hint ? (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          ) : null}
        </Stack>
      );
    case 'CALCULATE':
      if (!pickLocalized(question.label, locale)) return null;
      return <TextInput {...common} withAsterisk={false} readOnly value={asText(computed)} rightSectionWidth={80} rightSection={<CalculatedTag />} />;
    case 'TEXT':
      return (
        <Textarea
          {...common}
          readOnly={locked}
          autosize
          minRows={1}
          maxRows={8}
          value={asText(locked ? (computed ?? value) : value)}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(blankToNull(event.currentTarget.value))}
        />
      );
    case 'INTEGER':
    case 'DECIMAL':
      return (
        <TextInput
          {...common}
          readOnly={locked}
          inputMode={question.type === 'INTEGER' ? 'numeric' : 'decimal'}
          dir="ltr"
          value={asText(locked ? (computed ?? value) : value)}
          // Arabic keyboards type ٠١٢ and ٫: shown as ASCII at once, the engine reads the same text.
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(blankToNull(normalizeAmountInput(event.currentTarget.value)))}
        />
      );
    case 'DATE':
      return (
        <DateField
          {...common}
          readOnly={locked}
          value={asText(locked ? (computed ?? value) : value)}
          onChange={(next) => onChange(next === '' ? null : toLatinDigits(next))}
        />
      );
    case 'BOOLEAN': {
      const current = locked ? (computed ?? value) : value;
      const selected = current === true || current === 'true' ? 'true' : current === false || current === 'false' ? 'false' : null;
      return (
        <Radio.Group {...common} value={selected} onChange={(next) => !locked && onChange(next === 'true')}>
          <Group gap="lg" mt={4}>
            <Radio value="true" label={t('questionnaires.form.fields.yes')} disabled={locked} data-testid={`field-${path}-yes`} />
            <Radio value="false" label={t('questionnaires.form.fields.no')} disabled={locked} data-testid={`field-${path}-no`} />
          </Group>
        </Radio.Group>
      );
    }
    case 'SELECT_ONE': {
      const current = asText(locked ? (computed ?? value) : value) || null;
      if (choices.length <= RADIO_LIMIT) {
        return (
          <Radio.Group {...common} value={current} onChange={(next) => !locked && onChange(next)}>
            <Stack gap={6} mt={4}>
              {choices.map((choice) => (
                <Radio
                  key={choice.name}
                  value={choice.name}
                  label={pickLocalized(choice.label, locale) || choice.name}
                  disabled={locked}
                  data-testid={`choice-${path}-${choice.name}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        );
      }
      return (
        <Select
          {...common}
          readOnly={locked}
          searchable
          clearable={!locked}
          placeholder={t('questionnaires.form.fields.choose')}
          data={choices.map((choice) => ({ value: choice.name, label: pickLocalized(choice.label, locale) || choice.name }))}
          value={current}
          onChange={(next) => onChange(next)}
          comboboxProps={{ withinPortal: true }}
        />
      );
    }
    case 'SELECT_MULTIPLE': {
      const current = locked ? (computed ?? value) : value;
      const selected = Array.isArray(current) ? (current as unknown[]).filter((item): item is string => typeof item === 'string') : asText(current).split(' ').filter(Boolean);
      return (
        <Checkbox.Group {...common} value={selected} onChange={(next) => !locked && onChange(next.length > 0 ? orderLike(next, choices) : null)}>
          <Stack gap={6} mt={4} style={choices.length >= CHECKBOX_COLUMNS_FROM ? { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))' } : undefined}>
            {choices.map((choice) => (
              <Checkbox
                key={choice.name}
                value={choice.name}
                label={pickLocalized(choice.label, locale) || choice.name}
                disabled={locked}
                data-testid={`choice-${path}-${choice.name}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    }
    default:
      return null;
  }
}

/** Picked choices in the form's order, so that the saved value does not depend on the order of the clicks. */
function orderLike(picked: string[], choices: FormChoice[]): string[] {
  const order = new Map(choices.map((choice, index) => [choice.name, index]));
  return [...picked].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

function CalculatedTag(): ReactNode {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" pe="xs">
      {t('questionnaires.form.fields.calculated')}
    </Text>
  );
}
