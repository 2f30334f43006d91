import { useQuery } from '@apollo/client/react';
import { Group, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralSummaryFieldsFragment } from '../../../gql/graphql';
import { isOpenReferral } from '../../referrals/utils/referral-status';
import { EmptyState, ErrorState, ListSkeleton } from '../../../shared/components/states';
import { useRefetchOnLanguageChange } from '../../../shared/hooks/use-refetch-on-language-change';
import { MATCH_SERVICES_QUERY } from '../graphql/applicants.graphql';
import { MatchCard } from './MatchCard';

/** Enough for a consortium's services; the API ranks eligible services first. */
const MATCHES_SHOWN = 50;

export interface MatchListProps {
  applicantId: string;
  referrals: readonly ReferralSummaryFieldsFragment[];
  canRefer: boolean;
}

export function MatchList({ applicantId, referrals, canRefer }: MatchListProps) {
  const { t } = useTranslation();
  const [includeIneligible, setIncludeIneligible] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(MATCH_SERVICES_QUERY, {
    variables: { applicantId, first: MATCHES_SHOWN, includeIneligible },
  });
  useRefetchOnLanguageChange(refetch);
  const matches = (data ?? previousData)?.matchServices;
  const openByService = useMemo(
    () => new Map(referrals.filter((referral) => isOpenReferral(referral.status)).map((referral) => [referral.service.id, referral])),
    [referrals],
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 16rem' }}>
          {t('applicants.matches.hint')}
        </Text>
        <Switch
          checked={includeIneligible}
          onChange={(event) => setIncludeIneligible(event.currentTarget.checked)}
          label={t('applicants.matches.showIneligible')}
          data-testid="matches-show-ineligible"
        />
      </Group>
      {error && !matches ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !matches ? (
        <ListSkeleton rows={2} />
      ) : matches.length === 0 ? (
        <EmptyState
          title={includeIneligible ? t('applicants.matches.noServices') : t('applicants.matches.none')}
          hint={includeIneligible ? undefined : t('applicants.matches.noneHint')}
        />
      ) : (
        <Stack gap="sm" aria-busy={loading} data-testid="match-list">
          {matches.map((match) => (
            <MatchCard
              key={match.service.id}
              match={match}
              applicantId={applicantId}
              openReferral={openByService.get(match.service.id)}
              canRefer={canRefer}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
