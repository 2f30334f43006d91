import { Alert, Badge, Button, Card, Grid, Group, List, Stack, Tabs, Text } from '@mantine/core';
import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import type { LocalizedText } from '@shuraka/domain';
import type { FormDefinition, FormQuestion, QuestionType } from '@shuraka/xlsform';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { FormErrorAlert } from '../../../../shared/components/FormErrorAlert';
import { toApiError, type ApiError } from '../../../../shared/utils/api-errors';
import { LocalizedInputs } from './LocalizedInputs';
import { FormPreview } from './FormPreview';
import { QuestionList } from './QuestionList';
import { addQuestion, moveQuestion, removeQuestion, setParent, updateQuestion } from '../utils/editor-model';
import { describeIssue, indexIssues } from '../utils/issues';

export interface DraftValues {
  title: LocalizedText;
  questions: FormQuestion[];
}

export interface DraftEditorProps {
  initial: DraftValues;
  /** Settings kept from an imported XLSForm (form_id, default language), for validation and the preview. */
  settings?: Pick<FormDefinition, 'formId' | 'version' | 'defaultLanguage'>;
  saveLabel: string;
  onSave: (values: DraftValues) => Promise<void>;
  /** Extra controls above the form (the consortium picker of a new questionnaire). */
  before?: ReactNode;
  /** Actions next to Save that need the saved state (publish…); they get whether there are unsaved changes. */
  actions?: (state: { dirty: boolean; valid: boolean }) => ReactNode;
}

/**
 * The editor of a draft: title, questions, live validation by the shared form engine (the API runs the same
 * `validateForm` on save), and a preview in either language.
 */
export function DraftEditor({ initial, settings, saveLabel, onSave, before, actions }: DraftEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [title, setTitle] = useState<LocalizedText>(initial.title);
  const [questions, setQuestionsState] = useState<FormQuestion[]>(initial.questions);
  const [openName, setOpenName] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const wide = useMediaQuery(`(min-width: ${em(992)})`, true, { getInitialValueInEffect: false });

  const definition: FormDefinition = useMemo(() => ({ ...settings, title, questions }), [settings, title, questions]);
  const issues = useMemo(() => indexIssues(definition), [definition]);
  const valid = issues.all.length === 0;

  const setQuestions = (next: FormQuestion[]) => {
    setQuestionsState(next);
    setDirty(true);
  };

  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      await onSave({ title, questions });
      setDirty(false);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  const list = (
    <QuestionList
      questions={questions}
      issues={issues}
      openName={openName}
      onOpen={setOpenName}
      onMove={(index, direction) => setQuestions(moveQuestion(questions, index, direction))}
      onRemove={(index) => setQuestions(removeQuestion(questions, index))}
      onChange={(index, question) => {
        if (questions[index]?.name === openName) setOpenName(question.name);
        setQuestions(updateQuestion(questions, index, question));
      }}
      onParentChange={(index, parent) => setQuestions(setParent(questions, index, parent))}
      onAdd={(type: QuestionType, where) => {
        const added = addQuestion(questions, type, where);
        setQuestions(added.questions);
        setOpenName(added.questions[added.index]!.name);
      }}
    />
  );
  const preview = <FormPreview definition={definition} />;

  return (
    <Stack gap="md">
      {before}
      <LocalizedInputs
        labelAr={t('questionnaires.editor.titleAr')}
        labelEn={t('questionnaires.editor.titleEn')}
        value={title}
        onChange={(next) => {
          setTitle(next);
          setDirty(true);
        }}
        testId="questionnaire-title"
      />

      <Group justify="space-between" gap="xs" data-testid="editor-toolbar">
        <Group gap="xs">
          {valid ? (
            <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} aria-hidden />} data-testid="issue-summary">
              {t('questionnaires.editor.noIssues')}
            </Badge>
          ) : (
            <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />} data-testid="issue-summary">
              {t('questionnaires.editor.issues', { count: issues.all.length })}
            </Badge>
          )}
          {dirty ? (
            <Badge color="orange" variant="light" data-testid="unsaved">
              {t('questionnaires.editor.unsaved')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          {actions?.({ dirty, valid })}
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={() => void save()}
            loading={saving}
            disabled={!valid}
            data-testid="questionnaire-save"
          >
            {saveLabel}
          </Button>
        </Group>
      </Group>

      {/* A blank new form is not yet wrong: its form-wide problems wait for the first change. */}
      {issues.general.length > 0 && (dirty || questions.length > 0) ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="general-issues">
          <List size="sm">
            {issues.general.map((issue, index) => (
              <List.Item key={index}>{describeIssue(issue, t, locale)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <FormErrorAlert error={error} />

      {wide ? (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={7}>{list}</Grid.Col>
          <Grid.Col span={5} style={{ position: 'sticky', insetBlockStart: 64 }}>
            <Card withBorder padding="md">
              <Text fw={700} mb="xs">
                {t('questionnaires.editor.preview')}
              </Text>
              {preview}
            </Card>
          </Grid.Col>
        </Grid>
      ) : (
        <Tabs defaultValue="questions" keepMounted={false}>
          <Tabs.List grow>
            <Tabs.Tab value="questions">{t('questionnaires.editor.questions')}</Tabs.Tab>
            <Tabs.Tab value="preview" data-testid="preview-tab">
              {t('questionnaires.editor.preview')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="questions" pt="sm">
            {list}
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            {preview}
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
