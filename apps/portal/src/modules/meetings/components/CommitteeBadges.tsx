import { Badge, Group, Text } from '@mantine/core';
import { COMMITTEE_KIND_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import type { CommitteeKind } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDate } from '../../../shared/utils/format';

/** Standing or temporary, active or ended, and its dates. */
export function CommitteeBadges({
  committee,
}: {
  committee: { kind: CommitteeKind; active: boolean; startsOn?: string | null; endsOn?: string | null };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { startsOn, endsOn } = committee;
  let dates: string | null = null;
  if (startsOn && endsOn) dates = t('meetings.committees.range', { from: formatDate(startsOn, locale), to: formatDate(endsOn, locale) });
  else if (startsOn) dates = t('meetings.committees.from', { date: formatDate(startsOn, locale) });
  else if (endsOn) dates = t('meetings.committees.until', { date: formatDate(endsOn, locale) });
  return (
    <Group gap="xs">
      <Badge variant="light" size="sm" color={committee.kind === 'TEMPORARY' ? 'grape' : 'blue'}>
        {COMMITTEE_KIND_LABELS[committee.kind][locale]}
      </Badge>
      <Badge variant={committee.active ? 'filled' : 'outline'} color={committee.active ? 'teal' : 'gray'} size="sm" data-testid="committee-active">
        {committee.active ? t('meetings.committees.active') : t('meetings.committees.inactive')}
      </Badge>
      {dates ? (
        <Text size="sm" c="dimmed">
          {dates}
        </Text>
      ) : null}
    </Group>
  );
}
