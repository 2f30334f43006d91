import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { MEETING_KIND_LABELS, pickLocalized } from '@shuraka/domain';
import { IconCalendarDown, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Fact, Facts } from '../../../shared/components/Facts';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { Section } from '../../../shared/components/Section';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formatDate } from '../../../shared/utils/format';
import { useFileDownload } from '../../../shared/hooks/use-file-download';
import { MeetingRecommendations } from '../../recommendations/components/MeetingRecommendations';
import { MEETING_ICS_QUERY, MEETING_QUERY } from '../graphql/meetings.graphql';
import { meetingTimeRange, timeZoneName } from '../utils/meeting-display';
import { AttendeesTable } from './AttendeesTable';
import { Markdown } from './Markdown';

export function MeetingPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.page.pageTitle'));
  const locale = useLocale();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MEETING_QUERY, { variables: { id } });

  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const meeting = data.meeting;
  const time = meetingTimeRange(meeting.startsAt, meeting.endsAt);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minInlineSize: 0, flex: '1 1 16rem' }}>
          <Group gap="xs">
            <Badge variant="light">{MEETING_KIND_LABELS[meeting.kind][locale]}</Badge>
          </Group>
          <Title order={1} size="h2" data-testid="meeting-title">
            <LocalizedName text={meeting.title} component="span" inherit />
          </Title>
          <Text c="dimmed" size="sm">
            {formatDate(meeting.heldOn, locale)}
            {time ? (
              <>
                {' · '}
                <bdi dir="ltr" className="ltr-value">
                  {time}
                </bdi>
              </>
            ) : null}
          </Text>
        </Stack>
        <Group gap="xs">
          {meeting.canManage ? (
            <Button component={Link} to={`/meetings/${meeting.id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />} data-testid="meeting-edit">
              {t('meetings.page.edit')}
            </Button>
          ) : null}
          <IcsButton meetingId={meeting.id} />
          <Button
            component={Link}
            to={`/meetings/${meeting.id}/print`}
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            data-testid="meeting-print-link"
          >
            {t('meetings.page.print')}
          </Button>
        </Group>
      </Group>

      <Facts>
        <Fact label={t('meetings.page.when')}>{formatDate(meeting.heldOn, locale)}</Fact>
        {time ? (
          <Fact label={t('meetings.page.time')} testId="meeting-time">
            <bdi dir="ltr" className="ltr-value">{time}</bdi> ({t('meetings.page.timeZone', { zone: timeZoneName(meeting.consortium.timeZone, locale) })})
          </Fact>
        ) : null}
        {meeting.location ? (
          <Fact label={t('meetings.page.place')}>
            <bdi>{meeting.location}</bdi>
          </Fact>
        ) : null}
        <Fact label={t('meetings.page.consortium')}>
          <Anchor component={Link} to={`/consortia/${meeting.consortium.id}`}>
            {pickLocalized(meeting.consortium.name, locale)}
          </Anchor>
        </Fact>
        {meeting.committee ? (
          <Fact label={t('meetings.page.committee')} testId="meeting-committee">
            <Anchor component={Link} to={`/committees/${meeting.committee.id}`}>
              {pickLocalized(meeting.committee.name, locale)}
            </Anchor>
          </Fact>
        ) : null}
        {meeting.followUpOf ? (
          <Fact label={t('meetings.page.followUpOf')} testId="meeting-follow-up-of">
            <Anchor component={Link} to={`/recommendations/${meeting.followUpOf.id}`}>
              {t('meetings.page.recommendationRef', {
                number: meeting.followUpOf.number,
                meeting: pickLocalized(meeting.followUpOf.meeting.title, locale),
              })}
            </Anchor>
          </Fact>
        ) : null}
      </Facts>

      <Section title={t('meetings.attendees.title')} testId="meeting-attendees">
        <AttendeesTable people={meeting.attendees} empty={t('meetings.attendees.none')} />
      </Section>

      {(['agenda', 'minutes', 'decisions'] as const).map((field) => (
        <Section key={field} title={t(`meetings.page.${field}`)} testId={`meeting-${field}`}>
          {meeting[field]?.trim() ? (
            <Markdown source={meeting[field] ?? ''} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('meetings.page.noText')}
            </Text>
          )}
        </Section>
      ))}

      <MeetingRecommendations meetingId={meeting.id} />

      {meeting.relatedRecommendations.length > 0 ? (
        <Section title={t('meetings.page.related')} testId="meeting-related">
          <List spacing={4}>
            {meeting.relatedRecommendations.map((recommendation) => (
              <List.Item key={recommendation.id}>
                <Anchor component={Link} to={`/recommendations/${recommendation.id}`}>
                  {t('meetings.page.recommendationRef', {
                    number: recommendation.number,
                    meeting: pickLocalized(recommendation.meeting.title, locale),
                  })}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {pickLocalized(recommendation.text, locale)}
                </Text>
              </List.Item>
            ))}
          </List>
        </Section>
      ) : null}
    </Stack>
  );
}

/** The meeting as an .ics file, asked for only when clicked (a file per click, never cached). */
function IcsButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { busy, download } = useFileDownload();
  const ics = async () => (await client.query({ query: MEETING_ICS_QUERY, variables: { id: meetingId }, fetchPolicy: 'no-cache' })).data?.meeting.ics;
  return (
    <Button variant="default" loading={busy} leftSection={<IconCalendarDown size={16} aria-hidden />} onClick={() => void download(ics)} data-testid="meeting-ics">
      {t('meetings.page.ics')}
    </Button>
  );
}
