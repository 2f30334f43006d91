import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck, IconCloudOff, IconCloudUpload, IconLock, IconRefresh, IconSend } from '@tabler/icons-react';
import { Role, pickLocalized, type Locale } from '@shuraka/domain';
import { evaluateForm, initialAnswers, type AnswerSet, type AnswerValue, type FormDefinition } from '@shuraka/xlsform';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FillAssignmentQuery } from '../../../gql/graphql';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { describeErrorCode } from '../../../shared/utils/describe-error';
import { formatDate, formatDateTime } from '../../../shared/utils/format';
import { FILL_ASSIGNMENT_QUERY, FILL_SUBMIT } from '../graphql/form.graphql';
import { answersFromList, differingNames, withoutUnofferedChoices } from './answers';
import { AssignmentStatusBadge } from './AssignmentStatusBadge';
import { FormRenderer, type FocusRequest } from './FormRenderer';
import { todayIn, toFormDefinition } from './to-form';
import { useAutosave, type DraftConflict, type SaveStatus } from './use-autosave';

type Assignment = FillAssignmentQuery['questionnaireAssignment'];

export function AssignmentPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(FILL_ASSIGNMENT_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const assignment = data?.questionnaireAssignment;
  if (error && !assignment) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!assignment) return <PageLoader />;
  // A new mount per assignment and per lock state: the draft state starts again from what the server says.
  return <AssignmentView key={`${assignment.id}:${assignment.status === 'SUBMITTED'}`} assignment={assignment} reload={() => refetch()} />;
}

function AssignmentView({ assignment, reload }: { assignment: Assignment; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  usePageTitle(t('questionnaires.form.page.title'));
  const questionnaire = assignment.questionnaire;
  const form = useMemo(() => toFormDefinition(questionnaire), [questionnaire]);
  const today = todayIn(questionnaire.consortium.timeZone);
  const isPartner = user.role === Role.PARTNER_STAFF && user.organization?.id === assignment.organization.id;
  const editable = isPartner && assignment.status !== 'SUBMITTED';
  // A response not started yet opens with the form's literal defaults.
  const serverAnswers = useMemo(
    () => (assignment.status === 'NOT_STARTED' && assignment.answers.length === 0 ? initialAnswers(form) : answersFromList(assignment.answers)),
    [assignment.status, assignment.answers, form],
  );

  const draft = useAutosave({
    assignmentId: assignment.id,
    form,
    today,
    serverAnswers,
    serverRevision: assignment.revision,
    enabled: editable,
    onStale: () => void reload(),
  });
  const state = useMemo(() => evaluateForm(form, draft.answers, { today }), [form, draft.answers, today]);
  const [showMissing, setShowMissing] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [confirming, setConfirming] = useState(false);
  const notify = useNotify();
  const [submit, submitting] = useMutation(FILL_SUBMIT);
  const title = pickLocalized(questionnaire.title, locale);
  const organization = pickLocalized(assignment.organization.name, locale);

  const goTo = (path: string) => setFocus({ path, nonce: Date.now() });

  const trySubmit = async () => {
    setShowMissing(true);
    if (state.missing.length > 0 || state.issues.length > 0) {
      const first = state.issues[0] ?? state.missing[0];
      if (first) goTo(first.path);
      return;
    }
    await draft.flush();
    setConfirming(true);
  };

  const confirmSubmit = async () => {
    try {
      const saved = await draft.flush();
      if (saved !== 'saved' && saved !== 'idle') {
        setConfirming(false);
        notify.failure(new Error(t('questionnaires.form.submit.unsaved')));
        return;
      }
      await submit({ variables: { assignmentId: assignment.id } });
      setConfirming(false);
      notify.success(t('questionnaires.form.submit.done'));
    } catch (error) {
      setConfirming(false);
      notify.failure(error);
      void reload();
    }
  };

  // Listed once the partner tried to submit; until then each message sits next to its field only.
  const blocking = showMissing ? [...state.issues, ...state.missing] : [];

  return (
    <Stack gap="md" maw={860} data-testid="assignment-page" data-status={assignment.status}>
      <Stack gap={4}>
        <Anchor component={Link} to={isPartner ? '/' : `/questionnaires/${questionnaire.id}/completion`} size="sm">
          {isPartner ? t('questionnaires.form.page.back') : t('questionnaires.completion.documentTitle')}
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
            <Title order={1} size="h2" data-testid="assignment-title">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {isPartner ? organization : t('questionnaires.form.page.readOnlyResponse', { organization })}
            </Text>
            <Group gap="xs" c="dimmed" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
              <span>{t('questionnaires.form.page.version', { version: questionnaire.version })}</span>
              <span data-testid="assignment-due">{t('questionnaires.form.page.dueOn', { date: formatDate(assignment.dueOn, locale) })}</span>
            </Group>
          </Stack>
          <Group gap={6}>
            <AssignmentStatusBadge status={assignment.status} size="lg" data-testid="assignment-status" />
            {assignment.overdue ? (
              <Badge color="red" variant="light" size="lg" data-testid="assignment-overdue">
                {t('questionnaires.form.status.overdue')}
              </Badge>
            ) : null}
          </Group>
        </Group>
      </Stack>

      {assignment.status === 'SUBMITTED' && assignment.submittedAt ? (
        <Alert color="teal" variant="light" icon={<IconLock aria-hidden />} title={t('questionnaires.form.submitted.title')} data-testid="assignment-submitted">
          {t('questionnaires.form.submitted.text', { date: formatDateTime(assignment.submittedAt, locale) })}
        </Alert>
      ) : null}

      {assignment.status !== 'SUBMITTED' && assignment.reopenedAt ? (
        <Alert color="orange" variant="light" icon={<IconRefresh aria-hidden />} title={t('questionnaires.form.reopened.title')} data-testid="assignment-reopened">
          {t('questionnaires.form.reopened.text', { reason: assignment.reopenReason ?? '' })}
        </Alert>
      ) : null}

      {editable && draft.restored && !draft.conflict ? (
        <Alert color="blue" variant="light" data-testid="draft-restored">
          {t('questionnaires.form.save.restored')}
        </Alert>
      ) : null}

      {draft.conflict ? (
        <ConflictPanel form={form} conflict={draft.conflict} mine={draft.answers} today={today} locale={locale} onKeepMine={draft.keepMine} onTakeTheirs={draft.takeTheirs} />
      ) : null}

      {editable ? <SaveStatusLine status={draft.status} lastSavedAt={draft.lastSavedAt} failure={draft.failure} locale={locale} /> : null}

      <FormRenderer
        form={form}
        answers={draft.answers}
        state={state}
        locale={locale}
        onChange={editable && !draft.conflict ? (next) => draft.setAnswers(withoutUnofferedChoices(form, next, today)) : undefined}
        showMissing={showMissing}
        focus={focus}
      />

      {editable ? (
        <Card withBorder padding="md" data-testid="assignment-submit-area">
          <Stack gap="sm">
            {blocking.length > 0 ? (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('questionnaires.form.submit.missingTitle')} data-testid="assignment-missing">
                <List size="sm" spacing={4}>
                  {blocking.map((issue) => (
                    <List.Item key={`${issue.code}:${issue.path}`}>
                      <Anchor component="button" type="button" size="sm" onClick={() => goTo(issue.path)} data-testid={`missing-${issue.path}`}>
                        {labelOfPath(form, issue.path, locale)}
                      </Anchor>
                      {': '}
                      {pickLocalized(issue.message, locale)}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button leftSection={<IconSend size={16} aria-hidden className="flip-rtl" />} onClick={() => void trySubmit()} disabled={!!draft.conflict} data-testid="assignment-submit">
                {t('questionnaires.form.submit.action')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('questionnaires.form.submit.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('questionnaires.form.submit.confirmText')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.actions.cancel')}
            </Button>
            <Button loading={submitting.loading} onClick={() => void confirmSubmit()} data-testid="assignment-submit-confirm">
              {t('questionnaires.form.submit.action')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

const STATUS_ICON: Partial<Record<SaveStatus, typeof IconCloudCheck>> = {
  saved: IconCloudCheck,
  saving: IconCloudUpload,
  pending: IconCloudUpload,
  offline: IconCloudOff,
  conflict: IconAlertTriangle,
  refused: IconAlertTriangle,
  failed: IconAlertTriangle,
};

const STATUS_COLOR: Partial<Record<SaveStatus, string>> = { offline: 'orange', conflict: 'red', refused: 'orange', failed: 'red', saved: 'teal' };

function SaveStatusLine({ status, lastSavedAt, failure, locale }: { status: SaveStatus; lastSavedAt: string | null; failure: ReturnType<typeof useAutosave>['failure']; locale: Locale }) {
  const { t } = useTranslation();
  const StatusIcon = STATUS_ICON[status];
  let message: string;
  if (status === 'saved' && lastSavedAt) message = t('questionnaires.form.save.savedAt', { time: formatDateTime(lastSavedAt, locale) });
  else if (status === 'failed' && failure) message = t('questionnaires.form.save.failed', { reason: describeErrorCode(failure.code, t) });
  else message = t(`questionnaires.form.save.${status}`);
  return (
    <Group gap={6} role="status" aria-live="polite" data-testid="save-status" data-status={status}>
      {StatusIcon ? <StatusIcon size={16} aria-hidden color={`var(--mantine-color-${STATUS_COLOR[status] ?? 'gray'}-7)`} /> : null}
      <Text size="sm" c={STATUS_COLOR[status] ? `${STATUS_COLOR[status]}.8` : 'dimmed'}>
        {message}
      </Text>
    </Group>
  );
}

function ConflictPanel({
  form,
  conflict,
  mine,
  today,
  locale,
  onKeepMine,
  onTakeTheirs,
}: {
  form: FormDefinition;
  conflict: DraftConflict;
  mine: AnswerSet;
  today: string;
  locale: Locale;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  // Compared as the engine reads them, so that `12` typed and `12` saved are the same answer.
  const mineRead = evaluateForm(form, mine, { today }).answers;
  const theirsRead = evaluateForm(form, conflict.answers, { today }).answers;
  const names = differingNames(form, mineRead, theirsRead);
  return (
    <Card withBorder padding="md" role="alert" data-testid="draft-conflict" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('questionnaires.form.conflict.title')}
        </Title>
        <Text size="sm">{t('questionnaires.form.conflict.text')}</Text>
        {names.length > 0 ? (
          <Table.ScrollContainer minWidth={420}>
            <Table striped withTableBorder data-testid="draft-conflict-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('questionnaires.form.conflict.question')}</Table.Th>
                  <Table.Th>{t('questionnaires.form.conflict.mine')}</Table.Th>
                  <Table.Th>{t('questionnaires.form.conflict.theirs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {names.map((name) => (
                  <Table.Tr key={name} data-testid={`conflict-row-${name}`}>
                    <Table.Td>{labelOfPath(form, name, locale)}</Table.Td>
                    <Table.Td data-testid="conflict-mine">{describeAnswer(form, name, mineRead[name], locale, t)}</Table.Td>
                    <Table.Td data-testid="conflict-theirs">{describeAnswer(form, name, theirsRead[name], locale, t)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('questionnaires.form.conflict.noDifference')}
          </Text>
        )}
        <Group gap="xs">
          <Button onClick={onKeepMine} data-testid="conflict-keep-mine">
            {t('questionnaires.form.conflict.keepMine')}
          </Button>
          <Button variant="default" onClick={onTakeTheirs} data-testid="conflict-take-theirs">
            {t('questionnaires.form.conflict.takeTheirs')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The label of the question an answer path points at, with the entry number inside a repeat. */
export function labelOfPath(form: FormDefinition, path: string, locale: Locale): string {
  const name = path.split('.').pop()?.replace(/\[\d+\]$/, '') ?? path;
  const question = form.questions.find((candidate) => candidate.name === name);
  const label = pickLocalized(question?.label, locale) || name;
  const entries = [...path.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]) + 1);
  return entries.length > 0 ? `${label} (${entries.join('.')})` : label;
}

/** An answer in words: choice labels, yes/no, the number of entries of a repeat. */
export function describeAnswer(form: FormDefinition, name: string, value: AnswerValue | undefined, locale: Locale, t: (key: 'questionnaires.form.fields.yes' | 'questionnaires.form.fields.no' | 'common.values.notSpecified') => string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('common.values.notSpecified');
  const question = form.questions.find((candidate) => candidate.name === name);
  if (typeof value === 'boolean') return value ? t('questionnaires.form.fields.yes') : t('questionnaires.form.fields.no');
  if (question?.type === 'REPEAT' && Array.isArray(value)) return String(value.length);
  const choiceLabel = (choice: string) => pickLocalized(question?.choices?.find((candidate) => candidate.name === choice)?.label, locale) || choice;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? choiceLabel(item) : JSON.stringify(item))).join(locale === 'ar' ? '، ' : ', ');
  if (question?.type === 'SELECT_ONE') return choiceLabel(String(value));
  return String(value);
}
