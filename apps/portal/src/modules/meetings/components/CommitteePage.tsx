import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { RECOMMENDATION_STATUS_LABELS, pickLocalized } from '@shuraka/domain';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { Section } from '../../../shared/components/Section';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formatDate } from '../../../shared/utils/format';
import { COMMITTEE_QUERY } from '../graphql/committees.graphql';
import { AttendeesTable } from './AttendeesTable';
import { CommitteeBadges } from './CommitteeBadges';
import { MeetingCard } from './MeetingCard';

/** `/committees/:id`: mandate, dates, members, its meetings and the recommendations about it. */
export function CommitteePage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.committees.pageTitle'));
  const locale = useLocale();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(COMMITTEE_QUERY, { variables: { id } });

  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const committee = data.committee;
  const meetings = [...committee.meetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
          <Title order={1} size="h2" data-testid="committee-title">
            <LocalizedName text={committee.name} component="span" inherit />
          </Title>
          <CommitteeBadges committee={committee} />
          <Text size="sm">
            <Text span c="dimmed">
              {t('meetings.committees.consortium')}:{' '}
            </Text>
            <Anchor component={Link} to={`/consortia/${committee.consortium.id}`}>
              {pickLocalized(committee.consortium.name, locale)}
            </Anchor>
          </Text>
        </Stack>
        {committee.canManage ? (
          <Group gap="xs">
            <Button component={Link} to={`/committees/${committee.id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />} data-testid="committee-edit">
              {t('meetings.committees.edit')}
            </Button>
            <Button
              component={Link}
              to={`/meetings/new?consortium=${committee.consortium.id}&committee=${committee.id}`}
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              data-testid="committee-new-meeting"
            >
              {t('meetings.committees.newMeeting')}
            </Button>
          </Group>
        ) : null}
      </Group>

      <Section title={t('meetings.committees.mandate')} testId="committee-mandate">
        {committee.mandate && pickLocalized(committee.mandate, locale) ? (
          <LocalizedName text={committee.mandate} withOther component="p" m={0} style={{ whiteSpace: 'pre-line' }} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('meetings.committees.noMandate')}
          </Text>
        )}
      </Section>

      <Section title={t('meetings.committees.members')} testId="committee-members">
        <AttendeesTable people={committee.members} empty={t('meetings.attendees.noMembers')} />
      </Section>

      <Section title={t('meetings.committees.meetings')} testId="committee-meetings">
        {meetings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetings.committees.noMeetings')}
          </Text>
        ) : (
          <Stack gap="sm">
            {meetings.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} />
            ))}
          </Stack>
        )}
      </Section>

      <Section title={t('meetings.committees.recommendations')} testId="committee-recommendations">
        {committee.recommendations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetings.committees.noRecommendations')}
          </Text>
        ) : (
          <Stack gap="xs">
            {committee.recommendations.map((recommendation) => (
              <Card key={recommendation.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
                    <Anchor component={Link} to={`/recommendations/${recommendation.id}`} fw={600}>
                      {t('meetings.page.recommendationRef', {
                        number: recommendation.number,
                        meeting: pickLocalized(recommendation.meeting.title, locale),
                      })}
                    </Anchor>
                    <Text size="sm">
                      <bdi>{pickLocalized(recommendation.text, locale)}</bdi>
                    </Text>
                  </Stack>
                  <Group gap={6}>
                    {recommendation.dueOn ? (
                      <Text size="sm" c="dimmed">
                        {t('meetings.recommendation.due', { date: formatDate(recommendation.dueOn, locale) })}
                      </Text>
                    ) : null}
                    <Badge variant="light" size="sm">
                      {RECOMMENDATION_STATUS_LABELS[recommendation.status][locale]}
                    </Badge>
                    {recommendation.overdue ? (
                      <Badge color="red" size="sm">
                        {t('meetings.recommendation.overdue')}
                      </Badge>
                    ) : null}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Section>
    </Stack>
  );
}
