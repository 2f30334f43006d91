import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Modal, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBellRinging, IconChecklist, IconFileText } from '@tabler/icons-react';
import { Role, pickLocalized } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BoardCompletionQuery } from '../../../gql/graphql';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { EmptyState, PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/utils/format';
import { BOARD_QUERY, BOARD_REMIND } from '../graphql/completion.graphql';
import { AssignmentStatusBadge } from '../form/AssignmentStatusBadge';
import { boardOrder, completionPercent } from './board';

type Completion = BoardCompletionQuery['questionnaireCompletion'];

/** Who has not finished, at a glance: progress, counts, pending and overdue partners, each assignment, remind now. */
export function CompletionBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('questionnaires.completion.documentTitle'));
  const { data, error, refetch } = useQuery(BOARD_QUERY, { variables: { questionnaireId: id }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  return <Board questionnaire={data.questionnaire} completion={data.questionnaireCompletion} reload={() => refetch()} />;
}

function Board({
  questionnaire,
  completion,
  reload,
}: {
  questionnaire: BoardCompletionQuery['questionnaire'];
  completion: Completion;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [remind, reminding] = useMutation(BOARD_REMIND);
  const title = pickLocalized(questionnaire.title, locale);
  const percent = completionPercent(completion.submitted, completion.assigned);
  const progress = t('questionnaires.completion.progress', {
    submitted: formatNumber(completion.submitted, locale),
    assigned: formatNumber(completion.assigned, locale),
  });
  // Committee members follow up but do not act; the API has the last word for everyone else.
  const canRemind = user.role !== Role.COMMITTEE_MEMBER && completion.pending.length > 0;

  const sendReminders = async () => {
    try {
      const result = await remind({ variables: { questionnaireId: questionnaire.id } });
      const count = result.data?.remindQuestionnaireAssignees ?? 0;
      notify.success(count > 0 ? t('questionnaires.completion.reminded', { number: formatNumber(count, locale) }) : t('questionnaires.completion.remindedNone'));
      void reload();
    } catch (error) {
      notify.failure(error);
    } finally {
      setConfirming(false);
    }
  };

  const counts: Array<{ key: 'assigned' | 'submitted' | 'drafts' | 'pending' | 'overdue'; value: number; color: string }> = [
    { key: 'assigned', value: completion.assigned, color: 'gray' },
    { key: 'submitted', value: completion.submitted, color: 'teal' },
    { key: 'drafts', value: completion.drafts, color: 'blue' },
    { key: 'pending', value: completion.pending.length, color: 'orange' },
    { key: 'overdue', value: completion.overdue.length, color: 'red' },
  ];

  return (
    <Stack gap="md" data-testid="completion-board">
      <Stack gap={4}>
        <Anchor component={Link} to={`/questionnaires/${questionnaire.id}`} size="sm">
          {t('questionnaires.completion.backToQuestionnaire')}
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} size="h2" style={{ minInlineSize: 0, flex: '1 1 16rem' }} data-testid="completion-title">
            {t('questionnaires.completion.title', { title })}
          </Title>
          {canRemind ? (
            <Button leftSection={<IconBellRinging size={16} aria-hidden />} onClick={() => setConfirming(true)} data-testid="completion-remind">
              {t('questionnaires.completion.remind')}
            </Button>
          ) : null}
        </Group>
      </Stack>

      <Card withBorder padding="md" component="section" aria-labelledby="completion-progress">
        <Stack gap="sm">
          <Text fw={600} id="completion-progress" data-testid="completion-progress-text">
            {progress}
          </Text>
          <Progress
            value={percent}
            size="lg"
            color="teal"
            aria-label={progress}
            data-testid="completion-progress"
          />
          <SimpleGrid component="dl" m={0} cols={{ base: 2, xs: 3, sm: 5 }} spacing="sm">
            {counts.map((count) => (
              <div key={count.key} data-testid={`completion-count-${count.key}`}>
                <Text component="dt" size="xs" c="dimmed" fw={600}>
                  {t(`questionnaires.completion.counts.${count.key}`)}
                </Text>
                <Text component="dd" m={0} fw={700} size="xl" c={count.value > 0 ? `${count.color}.8` : undefined}>
                  {formatNumber(count.value, locale)}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <PartnerList
          title={t('questionnaires.completion.overdue')}
          empty={t('questionnaires.completion.noneOverdue')}
          color="red"
          partners={completion.overdue}
          testId="completion-overdue"
        />
        <PartnerList
          title={t('questionnaires.completion.pending')}
          empty={t('questionnaires.completion.nonePending')}
          color="orange"
          partners={completion.pending}
          testId="completion-pending"
        />
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby="completion-assignments">
        <Title order={2} size="h4" id="completion-assignments">
          {t('questionnaires.completion.assignments')}
        </Title>
        {completion.assignments.length === 0 ? (
          <EmptyState title={t('questionnaires.completion.noAssignments')} />
        ) : (
          boardOrder(completion.assignments).map((assignment) => (
            <Card key={assignment.id} withBorder padding="sm" data-testid="completion-assignment" data-assignment={assignment.id}>
              <Group justify="space-between" align="center" gap="sm">
                <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 14rem' }}>
                  <Text fw={600} data-testid="completion-assignment-partner">
                    {pickLocalized(assignment.organization.name, locale)}
                  </Text>
                  <Group gap={6}>
                    <AssignmentStatusBadge status={assignment.status} data-testid="completion-assignment-status" />
                    {assignment.overdue ? (
                      <Badge color="red" variant="light" data-testid="completion-assignment-overdue">
                        {t('questionnaires.form.status.overdue')}
                      </Badge>
                    ) : null}
                    {assignment.reopenedAt && assignment.status !== 'SUBMITTED' ? (
                      <Badge color="orange" variant="outline">
                        {t('questionnaires.form.status.reopened')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('questionnaires.form.home.due', { date: formatDate(assignment.dueOn, locale) })}
                    {assignment.lastSavedAt ? ` · ${t('questionnaires.completion.lastSaved')}: ${formatDateTime(assignment.lastSavedAt, locale)}` : ''}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button
                    component={Link}
                    to={`/assignments/${assignment.id}`}
                    variant="light"
                    size="xs"
                    leftSection={<IconFileText size={14} aria-hidden />}
                    data-testid="completion-open-response"
                  >
                    {t('questionnaires.completion.openResponse')}
                  </Button>
                  {assignment.status === 'SUBMITTED' ? (
                    <Button
                      component={Link}
                      to={`/assignments/${assignment.id}/capabilities`}
                      variant="default"
                      size="xs"
                      leftSection={<IconChecklist size={14} aria-hidden />}
                      data-testid="completion-review-capabilities"
                    >
                      {t('questionnaires.completion.reviewCapabilities')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
            </Card>
          ))
        )}
      </Stack>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('questionnaires.completion.remind')} centered>
        <Stack gap="md">
          <Text size="sm">{t('questionnaires.completion.remindConfirm')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.actions.cancel')}
            </Button>
            <Button loading={reminding.loading} onClick={() => void sendReminders()} data-testid="completion-remind-confirm">
              {t('questionnaires.completion.remind')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function PartnerList({
  title,
  empty,
  color,
  partners,
  testId,
}: {
  title: string;
  empty: string;
  color: string;
  partners: Completion['pending'];
  testId: string;
}) {
  const locale = useLocale();
  return (
    <Card withBorder padding="md" component="section" data-testid={testId}>
      <Stack gap="xs">
        <Group gap={6}>
          <Title order={2} size="h5">
            {title}
          </Title>
          <Badge color={color} variant="light" circle>
            {formatNumber(partners.length, locale)}
          </Badge>
        </Group>
        {partners.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {partners.map((partner) => (
              <Text component="li" size="sm" key={partner.id} data-testid={`${testId}-partner`}>
                {pickLocalized(partner.name, locale)}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
