import { Badge, Group, Text, Timeline } from '@mantine/core';
import { RECOMMENDATION_STATUS_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetailFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDateTime, formatNumber } from '../../../shared/utils/format';
import { RECOMMENDATION_STATUS_COLORS } from '../utils/recommendation-status';

type ProgressNote = RecommendationDetailFieldsFragment['progress'][number];

/** Every note, oldest first: who, when, the status move if it made one, the percent reported, and the words. */
export function ProgressThread({ progress }: { progress: readonly ProgressNote[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (progress.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="progress-empty">
        {t('recommendations.page.noProgress')}
      </Text>
    );
  }
  return (
    <Timeline active={progress.length - 1} bulletSize={16} lineWidth={2} aria-label={t('recommendations.thread.label')} data-testid="progress-thread">
      {progress.map((note) => (
        <Timeline.Item
          key={note.id}
          color={note.statusTo ? RECOMMENDATION_STATUS_COLORS[note.statusTo] : 'gray'}
          data-testid="progress-note"
          data-status-to={note.statusTo ?? undefined}
          title={
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={600} span>
                {note.by.displayName}
              </Text>
              {note.statusFrom && note.statusTo ? (
                <Badge variant="light" color={RECOMMENDATION_STATUS_COLORS[note.statusTo]} size="sm" tt="none" data-testid="progress-move">
                  {t('recommendations.thread.moved', {
                    from: RECOMMENDATION_STATUS_LABELS[note.statusFrom][locale],
                    to: RECOMMENDATION_STATUS_LABELS[note.statusTo][locale],
                  })}
                </Badge>
              ) : null}
              {note.percent !== null ? (
                <Badge variant="outline" color="teal" size="sm" data-testid="progress-percent">
                  {t('recommendations.thread.percent', { percent: formatNumber(note.percent, locale) })}
                </Badge>
              ) : null}
            </Group>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(note.at, locale)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="progress-note-text">
            {note.note}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
