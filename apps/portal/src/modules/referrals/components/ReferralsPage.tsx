import { useQuery } from '@apollo/client/react';
import { Badge, Chip, Group, Stack, Text } from '@mantine/core';
import { LIMITS, REFERRAL_STATUS_LABELS, Role } from '@shuraka/domain';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkDecisionsSeen } from '../hooks/use-decisions-unread';
import { useSearchParams } from 'react-router';
import type { ReferralFilter } from '../../../gql/graphql';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canReferApplicants, canViewReferrals } from '../../auth/utils/permissions';
import { withParam } from '../../../shared/utils/search-params';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedList } from '../../../shared/components/PagedList';
import { EmptyState, ForbiddenState, ListSkeleton } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { formatNumber } from '../../../shared/utils/format';
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUSES, isReferralStatus } from '../utils/referral-status';
import { REFERRALS_QUERY, REFERRAL_STATUS_COUNTS_QUERY } from '../graphql/referrals.graphql';
import { ReferralCard } from './ReferralCard';
import { QuestionnairesToFillPanel, useQuestionnairesToFill } from '../../questionnaires/form/QuestionnairesToFill';
import { OurRecommendationsPanel, useOurRecommendations } from '../../recommendations/components/OurRecommendations';

const ALL = 'ALL';

export function ReferralsPage() {
  const user = useCurrentUser();
  if (!canViewReferrals(user)) return <ForbiddenState />;
  return <ReferralsInbox />;
}

function ReferralsInbox() {
  const { t } = useTranslation();
  const locale = useLocale();
  useMarkDecisionsSeen(canReferApplicants(useCurrentUser()));
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const statusParam = params.get('status');
  const status = isReferralStatus(statusParam) ? statusParam : null;
  const filter = useMemo<ReferralFilter>(() => (status ? { status } : {}), [status]);
  const isPartner = user.role === Role.PARTNER_STAFF;
  const partnerOrganizationId = isPartner ? user.organization?.id : undefined;
  const toFill = useQuestionnairesToFill({ skip: !isPartner });
  const recommendations = useOurRecommendations(partnerOrganizationId);

  const counts = useQuery(REFERRAL_STATUS_COUNTS_QUERY, {
    variables: {},
    fetchPolicy: 'cache-and-network',
  });
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(REFERRALS_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.referrals;
  const countOf = new Map((counts.data ?? counts.previousData)?.referralStatusCounts.map((row) => [row.key, row.count]) ?? []);
  const total = [...countOf.values()].reduce((sum, count) => sum + count, 0);
  // Statuses nobody is in are left out, except the one being looked at.
  const shown = REFERRAL_STATUSES.filter((value) => (countOf.get(value) ?? 0) > 0 || value === status);
  // What stands above the list (the partner's panels, the status filter with its counts) has a height only known
  // from its answer: the list waits for all of them (asked at the same time), under one skeleton, so that nothing
  // is pushed down when an answer arrives. A failed panel or count is settled too (the panel is left out).
  const countsSettled = Boolean(counts.data ?? counts.previousData) || Boolean(counts.error) || !counts.loading;
  // Shown through a deferred value: the first render of the panels, the filter and the cards is a transition that
  // React renders in slices between which the browser stays responsive (not one long task on a slow phone).
  const aboveSettled = useDeferredValue(toFill.settled && recommendations.settled && countsSettled);

  return (
    <Stack gap="md">
      <PageHeader
        title={isPartner ? t('referrals.list.titlePartner') : t('referrals.list.title')}
        subtitle={
          user.role === Role.ADMIN ? undefined : (
            <Text size="sm" c="dimmed">
              {isPartner ? t('referrals.list.subtitlePartner') : t('referrals.list.subtitleCoordinator')}
            </Text>
          )
        }
      />

      {aboveSettled ? null : <ListSkeleton />}
      {isPartner && aboveSettled ? <QuestionnairesToFillPanel nodes={toFill.nodes} /> : null}
      {partnerOrganizationId && aboveSettled ? (
        <OurRecommendationsPanel organizationId={partnerOrganizationId} nodes={recommendations.nodes} />
      ) : null}

      {aboveSettled ? (
        <Chip.Group
          value={status ?? ALL}
          onChange={(value) => updateParams((current) => withParam(current, 'status', value === ALL ? null : (value as string)))}
        >
          <Group gap={6} role="radiogroup" aria-label={t('referrals.list.statusFilter')} data-testid="referral-status-filter">
            <Chip value={ALL} size="sm" wrapperProps={{ 'data-testid': 'referral-status-ALL' }}>
              {t('referrals.list.all')}{' '}
              <Badge size="xs" variant="light" color="gray" component="span" ms={4}>
                {formatNumber(total, locale)}
              </Badge>
            </Chip>
            {shown.map((value) => (
              <Chip
                key={value}
                value={value}
                size="sm"
                color={REFERRAL_STATUS_COLORS[value]}
                wrapperProps={{ 'data-testid': `referral-status-${value}` }}
              >
                {REFERRAL_STATUS_LABELS[value][locale]}{' '}
                <Badge size="xs" variant="light" color={REFERRAL_STATUS_COLORS[value]} component="span" ms={4} data-testid="referral-count">
                  {formatNumber(countOf.get(value) ?? 0, locale)}
                </Badge>
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      ) : null}

      {aboveSettled ? (
        <PagedList
          result={result}
          error={error}
          loading={loading}
          onRetry={() => void refetch()}
          onLoadMore={(after) => fetchMore({ variables: { after, withCount: false } })}
          empty={
            <EmptyState
              title={status ? t('referrals.list.emptyStatus') : t('referrals.list.empty')}
              hint={!status && isPartner ? t('referrals.list.emptyPartner') : undefined}
            />
          }
          renderItem={(node) => <ReferralCard key={node.id} referral={node} showPartner={!isPartner} />}
        />
      ) : null}
    </Stack>
  );
}
