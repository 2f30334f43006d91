import { useQuery } from '@apollo/client/react';
import { Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReferralSummaryFieldsFragment } from '../../../gql/graphql';
import { isOpenReferral } from '../../referrals/utils/referral-status';
import { EmptyState, ErrorState, ListSkeleton } from '../../../shared/components/states';
import { useDeferredFirst } from '../../../shared/hooks/use-deferred-first';
import { useRefetchOnLanguageChange } from '../../../shared/hooks/use-refetch-on-language-change';
import { MATCH_SERVICES_QUERY } from '../graphql/applicants.graphql';
import { keepOrder, splitByNeeds } from '../utils/match-display';
import { MatchCard, type ServiceMatch } from './MatchCard';

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
  // "Refer elsewhere" after a decline: the service that declined is left out.
  const [searchParams] = useSearchParams();
  const elsewhere = searchParams.get('elsewhere');
  const all = (data ?? previousData)?.matchServices;
  const loaded = useMemo(() => (all && elsewhere ? all.filter((match) => match.service.id !== elsewhere) : all), [all, elsewhere]);
  const shownOrder = useRef<string[]>([]);
  const matches = useMemo(() => {
    if (!loaded) return undefined;
    const ordered = keepOrder(shownOrder.current, loaded);
    shownOrder.current = ordered.map((match) => match.service.id);
    return ordered;
  }, [loaded]);
  // The cards first render as a transition (in slices, the browser responsive in between), not in one long task.
  const shownMatches = useDeferredFirst(matches);
  const groups = shownMatches ? splitByNeeds(shownMatches) : null;
  const renderCards = (list: readonly ServiceMatch[], testId: string) => (
    <Stack gap="sm" data-testid={testId}>
      {list.map((match) => (
        <MatchCard key={match.service.id} match={match} applicantId={applicantId} openReferral={openByService.get(match.service.id)} canRefer={canRefer} />
      ))}
    </Stack>
  );
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
      {error && !shownMatches ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shownMatches ? (
        <ListSkeleton rows={2} />
      ) : shownMatches.length === 0 ? (
        <EmptyState
          title={includeIneligible ? t('applicants.matches.noServices') : t('applicants.matches.none')}
          hint={includeIneligible ? undefined : t('applicants.matches.noneHint')}
        />
      ) : (
        <Stack gap="lg" aria-busy={loading} data-testid="match-list">
          {elsewhere ? (
            <Text size="sm" c="dimmed" data-testid="matches-elsewhere">
              {t('applicants.matches.excludedService')}
            </Text>
          ) : null}
          {groups && groups.meetsNeeds.length > 0 ? (
            <Stack gap="xs" component="section" aria-labelledby="matches-needs-title">
              <Title order={3} size="h5" id="matches-needs-title">
                {t('applicants.matches.meetsNeeds')}
              </Title>
              {renderCards(groups.meetsNeeds, 'matches-meets-needs')}
            </Stack>
          ) : null}
          {groups && groups.others.length > 0 ? (
            <Stack gap="xs" component="section" aria-labelledby="matches-others-title">
              <Title order={3} size="h5" id="matches-others-title">
                {t('applicants.matches.otherOpen')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('applicants.matches.otherOpenHint')}
              </Text>
              {renderCards(groups.others, 'matches-others')}
            </Stack>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
