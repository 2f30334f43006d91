import { ActionIcon, Button, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { LocalizedText } from '@shuraka/domain';
import { QUESTION_TYPES, type FormChoice, type FormQuestion, type QuestionType } from '@shuraka/xlsform';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { LocalizedInputs } from './LocalizedInputs';
import { normalizeIntegerInput } from '../../../../shared/utils/digits';
import { capabilitiesFor, changeType, isContainer } from '../utils/editor-model';
import { fieldError, type IssueField, type IssueIndex } from '../utils/issues';
import { filtersFromText, filtersToText } from '../utils/question-convert';

export interface QuestionEditorProps {
  question: FormQuestion;
  issues: IssueIndex;
  /** Groups and repeats it may move into. */
  parents: FormQuestion[];
  onChange: (question: FormQuestion) => void;
  onParentChange: (parent: string | null) => void;
}

// On the input only: `ff` would set the label in monospace too.
const MONOSPACE = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
const isSelect = (type: QuestionType) => type === 'SELECT_ONE' || type === 'SELECT_MULTIPLE';
const hasAnswer = (type: QuestionType) => !isContainer({ type }) && type !== 'NOTE';
const blankToNull = (value: string) => (value.trim() === '' ? null : value);

/** The fields of one question. Expressions are typed left to right whatever the page's direction. */
export function QuestionEditor({ question, issues, parents, onChange, onParentChange }: QuestionEditorProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<FormQuestion>) => onChange({ ...question, ...patch });
  const locale = useLocale();
  const error = (field: IssueField) => fieldError(issues, question.name, field, t, locale);
  const testId = (field: string) => `question-${question.name}-${field}`;
  const expression = (field: 'relevant' | 'constraint' | 'calculation' | 'requiredIf' | 'choiceFilter' | 'repeatCount', label: string) => (
    <TextInput
      label={label}
      dir="ltr"
      lang="en"
      styles={MONOSPACE}
      spellCheck={false}
      autoComplete="off"
      value={question[field] ?? ''}
      error={error(field)}
      // The engine's messages are English and quote the expression: laid out left to right in either interface.
      errorProps={{ dir: 'ltr' }}
      onChange={(event) => set({ [field]: blankToNull(event.currentTarget.value) })}
      data-testid={testId(field)}
    />
  );
  const capabilityOptions = capabilitiesFor(question.type);
  const type = question.type;

  return (
    <Stack gap="sm" data-testid={`question-editor-${question.name}`}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('questionnaires.editor.field.name')}
          description={t('questionnaires.editor.field.nameHint')}
          dir="ltr"
          lang="en"
          styles={MONOSPACE}
          spellCheck={false}
          autoComplete="off"
          withAsterisk
          value={question.name}
          error={error('name')}
          onChange={(event) => set({ name: event.currentTarget.value.trim() })}
          data-testid={testId('name')}
        />
        <Select
          label={t('questionnaires.editor.field.type')}
          data={QUESTION_TYPES.map((value) => ({ value, label: t(`questionnaires.editor.types.${value}`) }))}
          value={type}
          allowDeselect={false}
          error={error('type')}
          onChange={(value) => value && onChange(changeType(question, value as QuestionType))}
          data-testid={testId('type')}
        />
        <Select
          label={t('questionnaires.editor.field.parent')}
          data={[
            { value: '', label: t('questionnaires.editor.field.topLevel') },
            ...parents.map((p) => ({ value: p.name, label: p.name })),
          ]}
          value={question.parent ?? ''}
          allowDeselect={false}
          error={error('parent')}
          onChange={(value) => onParentChange(value ? value : null)}
          data-testid={testId('parent')}
        />
      </SimpleGrid>

      <LocalizedInputs
        labelAr={t('questionnaires.editor.field.labelAr')}
        labelEn={t('questionnaires.editor.field.labelEn')}
        value={question.label}
        onChange={(label) => set({ label })}
        error={error('label')}
        testId={testId('label')}
        multiline={type === 'NOTE'}
      />
      <LocalizedInputs
        labelAr={t('questionnaires.editor.field.hintAr')}
        labelEn={t('questionnaires.editor.field.hintEn')}
        value={question.hint ?? {}}
        onChange={(hint) => set({ hint: emptyToNull(hint) })}
        testId={testId('hint')}
      />

      {isSelect(type) ? (
        <ChoicesEditor choices={question.choices ?? []} onChange={(choices) => set({ choices })} error={error('choices')} testId={testId('choices')} />
      ) : null}

      <Divider label={t('questionnaires.editor.sections.logic')} labelPosition="left" />
      {expression('relevant', t('questionnaires.editor.field.relevant'))}
      {type === 'CALCULATE' || (hasAnswer(type) && question.readOnly) ? expression('calculation', t('questionnaires.editor.field.calculation')) : null}
      {hasAnswer(type) ? (
        <>
          <Switch
            label={t('questionnaires.editor.field.required')}
            checked={question.required ?? false}
            onChange={(event) => set({ required: event.currentTarget.checked })}
            data-testid={testId('required')}
          />
          {expression('requiredIf', t('questionnaires.editor.field.requiredIf'))}
          {question.required || question.requiredIf ? (
            <LocalizedInputs
              labelAr={t('questionnaires.editor.field.requiredMessageAr')}
              labelEn={t('questionnaires.editor.field.requiredMessageEn')}
              value={question.requiredMessage ?? {}}
              onChange={(requiredMessage) => set({ requiredMessage: emptyToNull(requiredMessage) })}
              testId={testId('requiredMessage')}
            />
          ) : null}
          {expression('constraint', t('questionnaires.editor.field.constraint'))}
          {question.constraint ? (
            <LocalizedInputs
              labelAr={t('questionnaires.editor.field.constraintMessageAr')}
              labelEn={t('questionnaires.editor.field.constraintMessageEn')}
              value={question.constraintMessage ?? {}}
              onChange={(constraintMessage) => set({ constraintMessage: emptyToNull(constraintMessage) })}
              testId={testId('constraintMessage')}
            />
          ) : null}
        </>
      ) : null}
      {isSelect(type) ? expression('choiceFilter', t('questionnaires.editor.field.choiceFilter')) : null}
      {type === 'REPEAT' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {expression('repeatCount', t('questionnaires.editor.field.repeatCount'))}
          <NumberInput
            label={t('questionnaires.editor.field.maxRepeats')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={question.maxRepeats ?? ''}
            error={error('repeatCount')}
            onChange={(value) => set({ maxRepeats: typeof value === 'number' ? value : value === '' ? null : Number(normalizeIntegerInput(value)) || null })}
            data-testid={testId('maxRepeats')}
          />
        </SimpleGrid>
      ) : null}

      <Divider label={t('questionnaires.editor.sections.advanced')} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {hasAnswer(type) ? (
          <TextInput
            label={t('questionnaires.editor.field.default')}
            value={question.default ?? ''}
            error={error('default')}
            onChange={(event) => set({ default: blankToNull(event.currentTarget.value) })}
            data-testid={testId('default')}
          />
        ) : null}
        {capabilityOptions.length > 0 ? (
          <Select
            label={t('questionnaires.editor.field.capability')}
            data={[
              { value: '', label: t('questionnaires.editor.field.noCapability') },
              ...capabilityOptions.map((value) => ({ value, label: t(`questionnaires.editor.capabilities.${value}`) })),
            ]}
            value={question.capability ?? ''}
            allowDeselect={false}
            error={error('capability')}
            onChange={(value) => set({ capability: value ? (value as FormQuestion['capability']) : null })}
            data-testid={testId('capability')}
          />
        ) : null}
      </SimpleGrid>
      {hasAnswer(type) ? (
        <Switch
          label={t('questionnaires.editor.field.readOnly')}
          checked={question.readOnly ?? false}
          onChange={(event) => set({ readOnly: event.currentTarget.checked })}
          data-testid={testId('readOnly')}
        />
      ) : null}
    </Stack>
  );
}

function emptyToNull(text: LocalizedText): LocalizedText | null {
  return text.ar?.trim() || text.en?.trim() ? text : null;
}

function ChoicesEditor({
  choices,
  onChange,
  error,
  testId,
}: {
  choices: FormChoice[];
  onChange: (choices: FormChoice[]) => void;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<FormChoice>) => onChange(choices.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const add = () => {
    const taken = new Set(choices.map((c) => c.name));
    let n = choices.length + 1;
    while (taken.has(`option_${n}`)) n++;
    onChange([...choices, { name: `option_${n}`, label: { ar: '', en: '' } }]);
  };
  return (
    <Stack gap="xs" data-testid={testId}>
      <Text fw={600} size="sm">
        {t('questionnaires.editor.choices.title')}
      </Text>
      {choices.map((choice, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="wrap" data-testid={`${testId}-${index}`}>
          <TextInput
            label={index === 0 ? t('questionnaires.editor.choices.name') : undefined}
            aria-label={t('questionnaires.editor.choices.name')}
            dir="ltr"
            styles={MONOSPACE}
            w={130}
            value={choice.name}
            onChange={(event) => update(index, { name: event.currentTarget.value.trim() })}
            data-testid={`${testId}-${index}-name`}
          />
          <TextInput
            label={index === 0 ? t('questionnaires.editor.choices.labelAr') : undefined}
            aria-label={t('questionnaires.editor.choices.labelAr')}
            lang="ar"
            dir="rtl"
            style={{ flex: '1 1 9rem' }}
            value={choice.label.ar ?? ''}
            onChange={(event) => update(index, { label: { ...choice.label, ar: event.currentTarget.value } })}
            data-testid={`${testId}-${index}-ar`}
          />
          <TextInput
            label={index === 0 ? t('questionnaires.editor.choices.labelEn') : undefined}
            aria-label={t('questionnaires.editor.choices.labelEn')}
            lang="en"
            dir="ltr"
            style={{ flex: '1 1 9rem' }}
            value={choice.label.en ?? ''}
            onChange={(event) => update(index, { label: { ...choice.label, en: event.currentTarget.value } })}
            data-testid={`${testId}-${index}-en`}
          />
          <TextInput
            label={index === 0 ? t('questionnaires.editor.choices.filters') : undefined}
            aria-label={t('questionnaires.editor.choices.filters')}
            placeholder={t('questionnaires.editor.choices.filtersPlaceholder')}
            dir="ltr"
            styles={MONOSPACE}
            w={170}
            // Typed freely, read on blur; a new key when the value changes elsewhere (undo, reorder) shows that value.
            key={filtersToText(choice.filters)}
            defaultValue={filtersToText(choice.filters)}
            onBlur={(event) => update(index, { filters: filtersFromText(event.currentTarget.value) })}
            data-testid={`${testId}-${index}-filters`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('questionnaires.editor.choices.remove', { name: choice.name })}
            onClick={() => onChange(choices.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add} style={{ alignSelf: 'flex-start' }} data-testid={`${testId}-add`}>
        {t('questionnaires.editor.choices.add')}
      </Button>
    </Stack>
  );
}
