import { ActionIcon, Badge, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconChevronDown, IconPencil, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { pickLocalized } from '@shuraka/domain';
import { QUESTION_TYPES, type FormQuestion, type QuestionType } from '@shuraka/xlsform';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { blockRange, canMove, depthOf, isContainer, possibleParents } from '../utils/editor-model';
import type { IssueIndex } from '../utils/issues';
import { QuestionEditor } from './QuestionEditor';

export interface QuestionListProps {
  questions: FormQuestion[];
  issues: IssueIndex;
  /** Name of the question whose fields are open, if any. */
  openName: string | null;
  onOpen: (name: string | null) => void;
  onMove: (index: number, direction: -1 | 1) => void;
  onRemove: (index: number) => void;
  onChange: (index: number, question: FormQuestion) => void;
  onParentChange: (index: number, parent: string | null) => void;
  onAdd: (type: QuestionType, where: { parent: string | null } | { after: number }) => void;
}

/** The form as an indented list; one question at a time opens for editing, right where it sits. */
export function QuestionList({ questions, issues, openName, onOpen, onMove, onRemove, onChange, onParentChange, onAdd }: QuestionListProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <Stack gap="xs" data-testid="question-list">
      {questions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('questionnaires.editor.noQuestions')}
        </Text>
      ) : null}
      {questions.map((question, index) => {
        const depth = depthOf(questions, index);
        const problems = issues.byQuestion.get(question.name) ?? [];
        const open = openName === question.name;
        const container = isContainer(question);
        const label = pickLocalized(question.label, locale);
        return (
          <Card
            // By position: a rename must not remount the open editor (the name field would lose focus).
            key={index}
            withBorder
            padding="xs"
            radius="sm"
            style={{
              marginInlineStart: `${depth * 1.25}rem`,
              borderInlineStartWidth: container ? 4 : undefined,
              borderInlineStartColor: container ? 'var(--mantine-color-teal-5)' : undefined,
              borderColor: problems.length > 0 ? 'var(--mantine-color-red-5)' : undefined,
            }}
            data-testid="question-row"
            data-name={question.name}
            data-depth={depth}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minInlineSize: 0, flex: 1 }}>
                <Group gap={6} wrap="nowrap">
                  <Badge size="xs" variant={container ? 'filled' : 'light'} color={container ? 'teal' : 'gray'} style={{ flexShrink: 0 }}>
                    {t(`questionnaires.editor.types.${question.type}`)}
                  </Badge>
                  <Text size="xs" c="dimmed" ff="monospace" dir="ltr" truncate>
                    {question.name}
                  </Text>
                  {question.required || question.requiredIf ? (
                    <Text size="xs" c="red" aria-label={t('questionnaires.editor.requiredMark')}>
                      *
                    </Text>
                  ) : null}
                  {problems.length > 0 ? (
                    <Badge size="xs" color="red" variant="filled" data-testid="question-issue-count">
                      {problems.length}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" fw={container ? 700 : 500} truncate>
                  {label || '—'}
                </Text>
              </Stack>
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={t('questionnaires.editor.moveUp')}
                  disabled={!canMove(questions, index, -1)}
                  onClick={() => onMove(index, -1)}
                  data-testid="question-move-up"
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('questionnaires.editor.moveDown')}
                  disabled={!canMove(questions, index, 1)}
                  onClick={() => onMove(index, 1)}
                  data-testid="question-move-down"
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant={open ? 'filled' : 'subtle'}
                  aria-label={open ? t('questionnaires.editor.collapse') : t('questionnaires.editor.edit')}
                  aria-expanded={open}
                  onClick={() => onOpen(open ? null : question.name)}
                  data-testid="question-edit"
                >
                  {open ? <IconX size={16} aria-hidden /> : <IconPencil size={16} aria-hidden />}
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('questionnaires.editor.remove')}
                  onClick={() => {
                    const [start, end] = blockRange(questions, index);
                    if (end - start > 1 && !window.confirm(t('questionnaires.editor.removeGroup', { count: end - start - 1 }))) return;
                    onRemove(index);
                  }}
                  data-testid="question-remove"
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
            {open ? (
              <Stack mt="sm" gap="sm">
                <QuestionEditor
                  question={question}
                  issues={issues}
                  parents={possibleParents(questions, index)}
                  onChange={(next) => onChange(index, next)}
                  onParentChange={(parent) => onParentChange(index, parent)}
                />
                <Group gap="xs">
                  <AddQuestionMenu label={t('questionnaires.editor.addQuestion')} onAdd={(type) => onAdd(type, { after: index })} testId="add-after" />
                  {container ? (
                    <AddQuestionMenu
                      label={`${t('questionnaires.editor.addInside')} ${question.name}`}
                      onAdd={(type) => onAdd(type, { parent: question.name })}
                      testId="add-inside"
                    />
                  ) : null}
                </Group>
              </Stack>
            ) : null}
          </Card>
        );
      })}
      <AddQuestionMenu label={t('questionnaires.editor.addQuestion')} onAdd={(type) => onAdd(type, { parent: null })} testId="add-question" />
    </Stack>
  );
}

export function AddQuestionMenu({ label, onAdd, testId }: { label: string; onAdd: (type: QuestionType) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          data-testid={testId}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {QUESTION_TYPES.map((type) => (
          <Menu.Item key={type} onClick={() => onAdd(type)} data-testid={`${testId}-${type}`}>
            {t(`questionnaires.editor.types.${type}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
