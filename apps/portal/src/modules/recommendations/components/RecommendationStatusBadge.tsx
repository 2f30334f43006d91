import { Badge, Group, type BadgeProps } from '@mantine/core';
import { RECOMMENDATION_STATUS_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import type { RecommendationStatus } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { RECOMMENDATION_STATUS_COLORS } from '../utils/recommendation-status';

export function RecommendationStatusBadge({
  status,
  ...props
}: { status: RecommendationStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const locale = useLocale();
  return (
    <Badge variant="light" color={RECOMMENDATION_STATUS_COLORS[status]} data-testid="recommendation-status" data-status={status} {...props}>
      {RECOMMENDATION_STATUS_LABELS[status][locale]}
    </Badge>
  );
}

/** "Overdue" in red: open or in progress, and past its due date by the consortium's calendar (the API decides). */
export function OverdueBadge(props: Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="red" data-testid="recommendation-overdue" {...props}>
      {t('recommendations.overdue')}
    </Badge>
  );
}

/** Status and, when late, the overdue mark side by side. */
export function RecommendationBadges({ status, overdue, size }: { status: RecommendationStatus; overdue: boolean; size?: BadgeProps['size'] }) {
  return (
    <Group gap={4} wrap="nowrap">
      <RecommendationStatusBadge status={status} size={size} />
      {overdue ? <OverdueBadge size={size} /> : null}
    </Group>
  );
}
