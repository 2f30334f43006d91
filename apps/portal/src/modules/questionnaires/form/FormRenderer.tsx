import { ActionIcon, Button, Card, Fieldset, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight, IconPlus, IconTrash } from '@tabler/icons-react';
import { pickLocalized, type Locale } from '@shuraka/domain';
import { FORM_LIMITS, initialEntry, type AnswerIssue, type AnswerSet, type AnswerValue, type FormDefinition, type FormQuestion, type FormState } from '@shuraka/xlsform';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/utils/format';
import { childrenByParent, getAnswer, setAnswer } from './answers';
import { fieldId, formPages, pageIndexOf, type FormPage } from './pages';
import { QuestionField } from './QuestionField';

export interface FocusRequest {
  path: string;
  /** Changes on every request, so that asking for the same field twice still moves there. */
  nonce: number;
}

export interface FormRendererProps {
  form: FormDefinition;
  /** What the partner typed (raw); `state` is the engine's reading of it. */
  answers: AnswerSet;
  state: FormState;
  locale: Locale;
  /** Absent: a read-only response. */
  onChange?: (answers: AnswerSet) => void;
  /** Show "required" next to blank required answers (after a submit attempt, or on a read-only response). */
  showMissing?: boolean;
  focus?: FocusRequest | null;
  /** One page at a time; by default on narrow screens only. */
  paged?: boolean;
}

interface RenderContext {
  form: FormDefinition;
  children: Map<string, FormQuestion[]>;
  answers: AnswerSet;
  state: FormState;
  locale: Locale;
  readOnly: boolean;
  messages: Map<string, AnswerIssue>;
  change: (path: string, value: AnswerValue | undefined) => void;
}

/**
 * A questionnaire as the partner fills it: the engine (`evaluateForm`, the same code as the API's) decides what is
 * relevant, computes calculations and checks every answer; this component only shows its verdicts. Top-level groups
 * are pages on a phone; on wide screens the whole form is one page.
 */
export function FormRenderer({ form, answers, state, locale, onChange, showMissing = false, focus, paged }: FormRendererProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const onePageAtATime = paged ?? !!narrow;
  const children = useMemo(() => childrenByParent(form), [form]);
  const pages = useMemo(() => formPages(form), [form]);
  const visiblePages = pages.filter((page) => isPageRelevant(page, state));
  const [pageKey, setPageKey] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const messages = useMemo(() => {
    const byPath = new Map<string, AnswerIssue>();
    for (const issue of state.issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
    if (showMissing) for (const issue of state.missing) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
    return byPath;
  }, [state, showMissing]);

  const readOnly = !onChange;
  const context: RenderContext = {
    form,
    children,
    answers,
    state,
    locale,
    readOnly,
    messages,
    change: (path, value) => onChange?.(setAnswer(answers, path, value)),
  };

  const currentIndex = Math.max(0, visiblePages.findIndex((page) => page.key === pageKey));
  const current = visiblePages[currentIndex];

  useEffect(() => {
    if (!focus) return;
    const index = pageIndexOf(pages, form, focus.path);
    if (index >= 0) setPageKey(pages[index].key);
    // After the page has rendered: the field itself, or the first input inside a group of radios or checkboxes.
    const timer = window.setTimeout(() => {
      const element = document.getElementById(fieldId(focus.path));
      const target = element?.matches('input, textarea, select') ? element : element?.querySelector<HTMLElement>('input, textarea, select');
      element?.scrollIntoView({ block: 'center' });
      (target ?? element)?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [focus, pages, form]);

  const goTo = (index: number) => {
    setPageKey(visiblePages[index]?.key ?? null);
    // The new page's heading takes the focus (screen readers announce it) and comes into view.
    window.setTimeout(() => {
      headingRef.current?.scrollIntoView({ block: 'start' });
      headingRef.current?.focus();
    }, 0);
  };

  if (!onePageAtATime || visiblePages.length <= 1) {
    return (
      <Stack gap="lg" data-testid="form-renderer">
        {visiblePages.map((page) => (
          <PageView key={page.key} page={page} context={context} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="form-renderer" data-paged="true">
      <nav aria-label={t('questionnaires.form.pager.pages')}>
        <Stack gap={4}>
          <Text size="sm" c="dimmed" data-testid="form-page-step">
            {t('questionnaires.form.pager.step', { current: currentIndex + 1, total: visiblePages.length })}
          </Text>
          <Progress value={((currentIndex + 1) / visiblePages.length) * 100} size="sm" aria-hidden />
        </Stack>
      </nav>
      {current ? <PageView page={current} context={context} headingRef={headingRef} /> : null}
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden className="flip-rtl" />}
          disabled={currentIndex === 0}
          onClick={() => goTo(currentIndex - 1)}
          data-testid="form-page-previous"
        >
          {t('questionnaires.form.pager.previous')}
        </Button>
        <Button
          variant="light"
          rightSection={<IconArrowRight size={16} aria-hidden className="flip-rtl" />}
          disabled={currentIndex >= visiblePages.length - 1}
          onClick={() => goTo(currentIndex + 1)}
          data-testid="form-page-next"
        >
          {t('questionnaires.form.pager.next')}
        </Button>
      </Group>
    </Stack>
  );
}

function isPageRelevant(page: FormPage, state: FormState): boolean {
  const group = page.questions.find((question) => question.type === 'GROUP');
  return group ? state.relevant.has(group.name) : page.questions.some((question) => state.relevant.has(question.name));
}

function PageView({ page, context, headingRef }: { page: FormPage; context: RenderContext; headingRef?: React.Ref<HTMLHeadingElement> }) {
  return (
    <Stack gap="md" data-testid={`form-page-${page.key}`}>
      {page.questions.map((question) =>
        question.type === 'GROUP' ? (
          <GroupSection key={question.name} group={question} context={context} headingRef={headingRef} />
        ) : (
          <QuestionNode key={question.name} question={question} prefix="" context={context} />
        ),
      )}
    </Stack>
  );
}

/** A top-level group: a titled section (its title takes the focus when its page opens on a phone). */
function GroupSection({ group, context, headingRef }: { group: FormQuestion; context: RenderContext; headingRef?: React.Ref<HTMLHeadingElement> }) {
  if (!context.state.relevant.has(group.name)) return null;
  return (
    <Card withBorder padding="md" component="section" id={fieldId(group.name)} aria-labelledby={`${fieldId(group.name)}-title`} data-testid={`group-${group.name}`}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id={`${fieldId(group.name)}-title`} ref={headingRef} tabIndex={-1}>
            {pickLocalized(group.label, context.locale) || group.name}
          </Title>
          {group.hint ? (
            <Text size="sm" c="dimmed">
              {pickLocalized(group.hint, context.locale)}
            </Text>
          ) : null}
        </Stack>
        <QuestionList parent={group.name} prefix="" context={context} />
      </Stack>
    </Card>
  );
}

function QuestionList({ parent, prefix, context }: { parent: string; prefix: string; context: RenderContext }) {
  return (
    <Stack gap="md">
      {(context.children.get(parent) ?? []).map((question) => (
        <QuestionNode key={question.name} question={question} prefix={prefix} context={context} />
      ))}
    </Stack>
  );
}

function QuestionNode({ question, prefix, context }: { question: FormQuestion; prefix: string; context: RenderContext }) {
  const path = `${prefix}${question.name}`;
  if (!context.state.relevant.has(path)) return null;
  if (question.type === 'GROUP') {
    return (
      <Fieldset legend={pickLocalized(question.label, context.locale) || question.name} id={fieldId(path)} data-testid={`group-${path}`}>
        {question.hint ? (
          <Text size="sm" c="dimmed" mb="sm">
            {pickLocalized(question.hint, context.locale)}
          </Text>
        ) : null}
        <QuestionList parent={question.name} prefix={prefix} context={context} />
      </Fieldset>
    );
  }
  if (question.type === 'REPEAT') return <RepeatNode question={question} path={path} context={context} />;
  const issue = context.messages.get(path);
  return (
    <QuestionField
      question={question}
      path={path}
      value={getAnswer(context.answers, path)}
      computed={getAnswer(context.state.answers, path)}
      choices={question.type === 'SELECT_ONE' || question.type === 'SELECT_MULTIPLE' ? context.state.choices(path) : []}
      error={issue ? pickLocalized(issue.message, context.locale) : undefined}
      locale={context.locale}
      readOnly={context.readOnly}
      onChange={(value) => context.change(path, value)}
    />
  );
}

function RepeatNode({ question, path, context }: { question: FormQuestion; path: string; context: RenderContext }) {
  const { t } = useTranslation();
  const raw = getAnswer(context.answers, path);
  const typed = Array.isArray(raw) ? (raw as AnswerSet[]) : [];
  // With a repeat_count the engine decides how many entries there are (it adds and trims them); the partner only
  // fills them in.
  const counted = !!question.repeatCount;
  const computed = getAnswer(context.state.answers, path);
  const entries = counted ? Array.from({ length: Array.isArray(computed) ? computed.length : 0 }, (_, index) => typed[index] ?? {}) : typed;
  const max = Math.min(question.maxRepeats ?? FORM_LIMITS.maxRepeatEntries, FORM_LIMITS.maxRepeatEntries);
  const issue = context.messages.get(path);
  const label = pickLocalized(question.label, context.locale) || question.name;
  const editable = !context.readOnly && !counted;
  const canAdd = editable && entries.length < max;
  const write = (next: AnswerSet[]) => context.change(path, next.length > 0 ? next : null);

  return (
    <Fieldset legend={label} id={fieldId(path)} data-testid={`repeat-${path}`} aria-describedby={issue ? `${fieldId(path)}-error` : undefined}>
      <Stack gap="sm">
        {question.hint ? (
          <Text size="sm" c="dimmed">
            {pickLocalized(question.hint, context.locale)}
          </Text>
        ) : null}
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid={`repeat-${path}-empty`}>
            {t('questionnaires.form.fields.noEntries')}
          </Text>
        ) : null}
        {entries.map((_, index) => (
          <Card key={index} withBorder padding="sm" data-testid={`repeat-entry-${path}[${index}]`}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {t('questionnaires.form.fields.entry', { number: index + 1 })}
                </Text>
                {editable ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('questionnaires.form.fields.removeEntry', { number: index + 1 })}
                    onClick={() => write(entries.filter((__, other) => other !== index))}
                    data-testid={`repeat-remove-${path}[${index}]`}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
              <QuestionList parent={question.name} prefix={`${path}[${index}].`} context={context} />
            </Stack>
          </Card>
        ))}
        {issue ? (
          <Text size="sm" c="red" id={`${fieldId(path)}-error`} role="alert" data-testid={`repeat-${path}-error`}>
            {pickLocalized(issue.message, context.locale)}
          </Text>
        ) : null}
        {editable ? (
          <Group gap="sm">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={!canAdd}
              onClick={() => write([...entries, initialEntry(context.form, question.name)])}
              data-testid={`repeat-add-${path}`}
            >
              {t('questionnaires.form.fields.addEntry')}
            </Button>
            {!canAdd ? (
              <Text size="xs" c="dimmed">
                {t('questionnaires.form.fields.maxEntries', { max: formatNumber(max, context.locale) })}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
