import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Progress, Stack, Text, Title, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowsExchange, IconCalendarPlus, IconMessagePlus, IconPencil, IconRefresh } from '@tabler/icons-react';
import { RECOMMENDATION_STATUS_LABELS, pickLocalized } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RecommendationQuery, UpdateRecommendationInput } from '../../../gql/graphql';
import { Fact, Facts } from '../../../shared/components/Facts';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { toApiError } from '../../../shared/utils/api-errors';
import { formatDate, formatDateTime, formatList, formatNumber } from '../../../shared/utils/format';
import { RECOMMENDATION_QUERY } from '../graphql/recommendations.graphql';
import { useUpdateRecommendation } from '../hooks/use-recommendation-mutations';
import { editRecommendationInput, recommendationToValues } from '../utils/recommendation-forms';
import { ProgressForm } from './ProgressForm';
import { ProgressThread } from './ProgressThread';
import { RecommendationBadges } from './RecommendationStatusBadge';
import { RecommendationForm } from './RecommendationForm';
import { Section } from '../../../shared/components/Section';

type Recommendation = RecommendationQuery['recommendation'];
type Action = 'move' | 'note' | 'edit';

export function RecommendationPage() {
  const { id = '' } = useParams();
  const { data, previousData, error, refetch } = useQuery(RECOMMENDATION_QUERY, { variables: { id } });
  const recommendation = data?.recommendation ?? (previousData?.recommendation.id === id ? previousData.recommendation : undefined);
  if (error && !recommendation) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!recommendation) return <PageLoader />;
  return <RecommendationView key={recommendation.id} recommendation={recommendation} reload={() => refetch()} />;
}

function RecommendationView({ recommendation, reload }: { recommendation: Recommendation; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const phone = useMediaQuery(`(max-width: ${em(575.98)})`, false, { getInitialValueInEffect: false });
  usePageTitle(t('recommendations.page.kicker', { number: formatNumber(recommendation.number, locale) }));
  // The action stays set while its dialog closes, so the dialog does not go blank as it fades out.
  const [action, setAction] = useState<Action | null>(null);
  const [opened, setOpened] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [update] = useUpdateRecommendation();
  const mayUpdate = recommendation.canManage || recommendation.canReport;
  const notSpecified = t('common.values.notSpecified');
  const { meeting } = recommendation;

  const start = (next: Action) => {
    setConflict(false);
    setAction(next);
    setOpened(true);
  };
  const close = () => setOpened(false);

  /** Sends an update; a CONFLICT (changed meanwhile, or a move no longer possible) reloads the page and says so. */
  const send = async (input: UpdateRecommendationInput, success: (updated: Recommendation) => string) => {
    try {
      const result = await update({ variables: { id: recommendation.id, input } });
      if (!result.data) return;
      close();
      notify.success(success(result.data.updateRecommendation));
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code !== 'CONFLICT') throw error;
      close();
      setConflict(true);
      void reload().catch(notify.failure);
    }
  };

  const owners = recommendation.owners.map((owner) => pickLocalized(owner.name, locale));
  const links = [
    recommendation.aboutQuestionnaire
      ? { key: 'aboutQuestionnaire', to: `/questionnaires/${recommendation.aboutQuestionnaire.id}`, text: recommendation.aboutQuestionnaire.title }
      : null,
    recommendation.aboutMeeting ? { key: 'aboutMeeting', to: `/meetings/${recommendation.aboutMeeting.id}`, text: recommendation.aboutMeeting.title } : null,
    recommendation.aboutCommittee
      ? { key: 'aboutCommittee', to: `/committees/${recommendation.aboutCommittee.id}`, text: recommendation.aboutCommittee.name }
      : null,
    recommendation.aboutService
      ? { key: 'aboutService', to: `/organizations/${recommendation.aboutService.organization.id}`, text: recommendation.aboutService.name }
      : null,
  ].filter((link) => link !== null);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to="/recommendations" size="sm">
          {t('recommendations.page.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
            <Text size="sm" c="dimmed" data-testid="recommendation-kicker">
              {t('recommendations.page.kicker', { number: formatNumber(recommendation.number, locale) })}
            </Text>
            <Title order={1} size="h3" data-testid="recommendation-title">
              <LocalizedName text={recommendation.text} inherit component="span" style={{ whiteSpace: 'pre-line' }} />
            </Title>
          </Stack>
          <RecommendationBadges status={recommendation.status} overdue={recommendation.overdue} size="lg" />
        </Group>
      </Stack>

      {conflict ? (
        <Alert color="yellow" variant="light" icon={<IconRefresh aria-hidden />} role="alert" withCloseButton onClose={() => setConflict(false)} data-testid="recommendation-conflict">
          {t('recommendations.page.conflict')}
        </Alert>
      ) : null}

      <Section card title={t('recommendations.page.actions')} testId="recommendation-actions">
        {mayUpdate ? (
          <Group gap="xs">
            <Button leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={() => start('move')} data-testid="action-move">
              {t('recommendations.page.move')}
            </Button>
            <Button variant="light" leftSection={<IconMessagePlus size={16} aria-hidden />} onClick={() => start('note')} data-testid="action-note">
              {t('recommendations.page.addNote')}
            </Button>
            {recommendation.canManage ? (
              <>
                <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => start('edit')} data-testid="action-edit">
                  {t('recommendations.page.edit')}
                </Button>
                <Button
                  variant="default"
                  component={Link}
                  to={`/meetings/new?followUpOf=${recommendation.id}`}
                  leftSection={<IconCalendarPlus size={16} aria-hidden />}
                  data-testid="action-follow-up"
                >
                  {t('recommendations.page.followUp')}
                </Button>
              </>
            ) : null}
          </Group>
        ) : (
          <Text size="sm" c="dimmed" data-testid="recommendation-read-only">
            {t('recommendations.page.readOnly')}
          </Text>
        )}
      </Section>

      <Section card title={t('recommendations.page.details')} testId="recommendation-facts">
        <Facts>
          <Fact label={t('recommendations.page.fromMeeting')}>
            <Anchor component={Link} to={`/meetings/${meeting.id}`} data-testid="recommendation-meeting-link">
              <bdi>{pickLocalized(meeting.title, locale)}</bdi>
            </Anchor>{' '}
            · {formatDate(meeting.heldOn, locale)}
          </Fact>
          <Fact label={t('recommendations.page.consortium')}>
            <LocalizedName text={recommendation.consortium.name} />
          </Fact>
          <Fact label={t('recommendations.page.owners')} testId="recommendation-owners-fact">
            {owners.length > 0 ? formatList(owners, locale) : notSpecified}
          </Fact>
          <Fact label={t('recommendations.page.dueOn')} testId="recommendation-due-fact">
            <Text span size="sm" c={recommendation.overdue ? 'red.8' : undefined} fw={recommendation.overdue ? 700 : undefined}>
              {recommendation.dueOn ? formatDate(recommendation.dueOn, locale) : notSpecified}
              {recommendation.overdue ? ` · ${t('recommendations.overdue')}` : ''}
            </Text>
          </Fact>
          <Fact label={t('recommendations.page.percent')} testId="recommendation-percent">
            {recommendation.percent !== null ? (
              <Group gap="xs" wrap="nowrap">
                <Progress value={recommendation.percent} size="lg" style={{ flex: 1 }} color={recommendation.status === 'DONE' ? 'green' : 'teal'} aria-hidden />
                <Text span size="sm" fw={600}>
                  {t('recommendations.thread.percent', { percent: formatNumber(recommendation.percent, locale) })}
                </Text>
              </Group>
            ) : (
              t('recommendations.page.noPercent')
            )}
          </Fact>
          <Fact label={t('recommendations.page.createdAt')}>{formatDateTime(recommendation.createdAt, locale)}</Fact>
          {recommendation.closedAt ? <Fact label={t('recommendations.page.closedAt')}>{formatDateTime(recommendation.closedAt, locale)}</Fact> : null}
          {recommendation.statusReason ? (
            <Fact label={t('recommendations.page.statusReason')} testId="recommendation-status-reason">
              <span style={{ whiteSpace: 'pre-line' }}>{recommendation.statusReason}</span>
            </Fact>
          ) : null}
        </Facts>
      </Section>

      <Section card title={t('recommendations.page.links')} testId="recommendation-links">
        {links.length > 0 ? (
          <Facts>
            {links.map((link) => (
              <Fact key={link.key} label={t(`recommendations.page.${link.key as 'aboutQuestionnaire'}`)}>
                <Anchor component={Link} to={link.to} data-testid={`recommendation-${link.key}`}>
                  <bdi>{pickLocalized(link.text, locale)}</bdi>
                </Anchor>
              </Fact>
            ))}
          </Facts>
        ) : (
          <Text size="sm" c="dimmed">
            {t('recommendations.page.noLinks')}
          </Text>
        )}
      </Section>

      <Section card title={t('recommendations.page.progress')} testId="recommendation-progress">
        <ProgressThread progress={recommendation.progress} />
      </Section>

      <Modal
        opened={opened}
        onClose={close}
        title={action === 'edit' ? t('recommendations.page.editTitle') : action === 'note' ? t('recommendations.page.addNote') : t('recommendations.page.move')}
        fullScreen={phone}
        size="lg"
        centered
      >
        {action === 'edit' ? (
          <RecommendationForm
            key={`edit:${recommendation.version}`}
            consortiumId={recommendation.consortium.id}
            organizations={recommendation.consortium.members.map((member) => member.organization)}
            initialValues={recommendationToValues(recommendation)}
            excludeMeetingId={meeting.id}
            submitLabel={t('common.actions.save')}
            onCancel={close}
            onSubmit={(values) => send(editRecommendationInput(recommendation.version, values), () => t('recommendations.page.saved'))}
          />
        ) : action ? (
          <ProgressForm
            key={`${action}:${recommendation.version}`}
            recommendation={recommendation}
            mode={action}
            onCancel={close}
            onSubmit={(input) =>
              send(input, (updated) =>
                input.status
                  ? t('recommendations.move.moved', { status: RECOMMENDATION_STATUS_LABELS[updated.status][locale] })
                  : t('recommendations.move.noted'),
              )
            }
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
