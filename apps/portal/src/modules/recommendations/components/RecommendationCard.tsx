import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecommendationSummaryFieldsFragment } from '../../../gql/graphql';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { PartSeparator } from '../../../shared/components/PartSeparator';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDate, formatList, formatNumber } from '../../../shared/utils/format';
import { OverdueBadge, RecommendationBadges } from './RecommendationStatusBadge';

export interface RecommendationCardProps {
  recommendation: RecommendationSummaryFieldsFragment;
  /** Name the meeting it came from (lists that mix meetings); a meeting's own list leaves it out. */
  showMeeting?: boolean;
  compact?: boolean;
  /** Leave out the status badge where the place already says it (a board column); the overdue mark stays. */
  hideStatus?: boolean;
}

/** A recommendation as one link: number, text, where it stands, owners and due date. */
export function RecommendationCard({ recommendation, showMeeting = false, compact = false, hideStatus = false }: RecommendationCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const owners = recommendation.owners.map((owner) => pickLocalized(owner.name, locale));
  return (
    <Card
      withBorder
      padding={compact ? 'sm' : 'md'}
      component={Link}
      to={`/recommendations/${recommendation.id}`}
      style={{ textDecoration: 'none' }}
      data-testid="recommendation-row"
      data-number={recommendation.number}
      data-status={recommendation.status}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Group gap={6} align="flex-start" wrap="nowrap" style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
            <Text fw={800} c="teal.8" data-testid="recommendation-number" style={{ flexShrink: 0 }}>
              {formatNumber(recommendation.number, locale)}.
            </Text>
            <LocalizedName text={recommendation.text} fw={600} size="sm" component="div" lineClamp={compact ? 3 : 4} />
          </Group>
          <PartSeparator />
          {hideStatus ? (
            recommendation.overdue ? (
              <OverdueBadge size="sm" />
            ) : null
          ) : (
            <RecommendationBadges status={recommendation.status} overdue={recommendation.overdue} size="sm" />
          )}
          <PartSeparator />
        </Group>
        {showMeeting ? (
          <>
            <Text size="xs" c="dimmed" data-testid="recommendation-meeting">
              {t('recommendations.card.meeting', {
                title: pickLocalized(recommendation.meeting.title, locale),
                date: formatDate(recommendation.meeting.heldOn, locale),
              })}
            </Text>
            <PartSeparator />
          </>
        ) : null}
        <Group gap="md" wrap="wrap">
          <Text size="xs" c="dimmed" data-testid="recommendation-owners">
            {owners.length > 0 ? t('recommendations.card.owners', { owners: formatList(owners, locale) }) : t('recommendations.card.noOwners')}
          </Text>
          <PartSeparator />
          <Text size="xs" c={recommendation.overdue ? 'red.8' : 'dimmed'} fw={recommendation.overdue ? 700 : undefined} data-testid="recommendation-due">
            {recommendation.dueOn
              ? t('recommendations.card.due', { date: formatDate(recommendation.dueOn, locale) })
              : t('recommendations.card.noDue')}
          </Text>
        </Group>
        {recommendation.percent !== null ? (
          <Progress
            value={recommendation.percent}
            size="sm"
            color={recommendation.status === 'DONE' ? 'green' : 'teal'}
            aria-label={t('recommendations.card.percent', { percent: formatNumber(recommendation.percent, locale) })}
          />
        ) : null}
      </Stack>
    </Card>
  );
}
