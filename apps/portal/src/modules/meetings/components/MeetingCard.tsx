import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { MEETING_KIND_LABELS, pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummaryFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDate } from '../../../shared/utils/format';
import { meetingTimeRange, recommendationCounts } from '../utils/meeting-display';

/** One meeting in a list: kind, date, title, committee and how its recommendations stand. */
export function MeetingCard({ meeting, showConsortium = false }: { meeting: MeetingSummaryFieldsFragment; showConsortium?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const counts = recommendationCounts(meeting.recommendations);
  const time = meetingTimeRange(meeting.startsAt, meeting.endsAt);
  return (
    <Card withBorder padding="md" data-testid="meeting-row">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ minInlineSize: 0, flex: '1 1 18rem' }}>
          <Group gap="xs">
            <Badge variant="light" size="sm">
              {MEETING_KIND_LABELS[meeting.kind][locale]}
            </Badge>
            <Text size="sm" c="dimmed" data-testid="meeting-row-date">
              {formatDate(meeting.heldOn, locale)}
              {time ? (
                <>
                  {' · '}
                  <bdi dir="ltr" className="ltr-value">{time}</bdi>
                </>
              ) : null}
            </Text>
          </Group>
          <Text fw={600} component={Link} to={`/meetings/${meeting.id}`} c="inherit" data-testid="meeting-row-title">
            <bdi>{pickLocalized(meeting.title, locale)}</bdi>
          </Text>
          <Text size="sm" c="dimmed">
            {[
              showConsortium ? pickLocalized(meeting.consortium.name, locale) : null,
              meeting.committee ? pickLocalized(meeting.committee.name, locale) : null,
              meeting.location,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Group gap={6} data-testid="meeting-row-counts">
          {counts.total === 0 ? (
            <Badge variant="outline" color="gray" size="sm">
              {t('meetings.list.noRecommendations')}
            </Badge>
          ) : (
            <>
              <Badge variant="light" color="gray" size="sm">
                {t('meetings.list.recommendations', { count: counts.total })}
              </Badge>
              {counts.open > 0 ? (
                <Badge variant="light" color="blue" size="sm">
                  {t('meetings.list.open', { count: counts.open })}
                </Badge>
              ) : null}
              {counts.overdue > 0 ? (
                <Badge variant="filled" color="red" size="sm">
                  {t('meetings.list.overdue', { count: counts.overdue })}
                </Badge>
              ) : null}
            </>
          )}
        </Group>
      </Group>
    </Card>
  );
}
