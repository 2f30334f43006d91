import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Checkbox, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowsSplit } from '@tabler/icons-react';
import { APPLICANT_CATEGORY_LABELS, LIMITS, pickLocalized } from '@shuraka/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CommitAllocationMutation } from '../../../gql/graphql';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canPlanAllocation } from '../../auth/utils/permissions';
import { withParam } from '../../../shared/utils/search-params';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { EmptyState, ErrorState, ForbiddenState, ListSkeleton, PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { useRefetchOnLanguageChange } from '../../../shared/hooks/use-refetch-on-language-change';
import { toApiError, type ApiError } from '../../../shared/utils/api-errors';
import { formatNumber } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';
import { foldedOptionsFilter } from '../../../shared/utils/options-filter';
import { ALLOCATION_APPLICANTS_QUERY, ALLOCATION_PLAN_QUERY, SERVICE_OPTIONS_QUERY } from '../graphql/allocation.graphql';
import { useCommitAllocation, usePlanAllocation } from '../hooks/use-allocation-mutations';
import { pageSelectionState, withItems, type Selection } from '../utils/selection';
import { OpenReferralChips } from './OpenReferralChips';
import { PlanReview } from './PlanReview';
import { SearchField } from '../../../shared/components/SearchField';

const SEARCH_DEBOUNCE_MS = 350;

export function AllocationPage() {
  const user = useCurrentUser();
  if (!canPlanAllocation(user)) return <ForbiddenState />;
  return <Allocation />;
}

function Allocation() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan');
  const [selection, setSelection] = useState<Selection>(new Map());
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [planError, setPlanError] = useState<ApiError | null>(null);
  // Applicants the coordinator allowed a second open referral of a kind, with the reasons; kept when planning the cohort again.
  const [allowances, setAllowances] = useState<Array<{ applicantId: string; reason: string }>>([]);
  const [plan, { loading: planning }] = usePlanAllocation();

  const makePlan = async (applicantIds: string[], allowSecondOfKind = allowances) => {
    setPlanError(null);
    setAllowances(allowSecondOfKind);
    try {
      const { data } = await plan({
        variables: {
          input: {
            applicantIds,
            ...(serviceIds.length > 0 ? { serviceIds } : {}),
            ...(allowSecondOfKind.length > 0 ? { allowSecondOfKind } : {}),
          },
        },
      });
      if (data) setParams((current) => withParam(current, 'plan', data.planAllocation.id));
    } catch (error) {
      setPlanError(toApiError(error));
    }
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('allocation.title')}
        subtitle={
          <Text size="sm" c="dimmed" maw={720}>
            {t('allocation.intro')}
          </Text>
        }
      />
      {planId ? (
        <PlanStep
          key={planId}
          planId={planId}
          planning={planning}
          planError={planError}
          onPlanAgain={(applicantIds) => void makePlan(applicantIds)}
          onAllowSecondOfKind={(applicantIds, applicantId, reason) =>
            void makePlan(applicantIds, [...allowances.filter((allowance) => allowance.applicantId !== applicantId), { applicantId, reason }])
          }
          onDiscard={() => setParams((current) => withParam(current, 'plan', null))}
        />
      ) : (
        <SelectStep
          selection={selection}
          onSelectionChange={setSelection}
          serviceIds={serviceIds}
          onServiceIdsChange={setServiceIds}
          planning={planning}
          planError={planError}
          onPlan={() => void makePlan([...selection.keys()], [])}
        />
      )}
    </Stack>
  );
}

interface SelectStepProps {
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  serviceIds: string[];
  onServiceIdsChange: (ids: string[]) => void;
  planning: boolean;
  planError: ApiError | null;
  onPlan: () => void;
}

function SelectStep({ selection, onSelectionChange, serviceIds, onServiceIdsChange, planning, planError, onPlan }: SelectStepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const filter = useMemo(() => (debouncedSearch ? { search: debouncedSearch } : {}), [debouncedSearch]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ALLOCATION_APPLICANTS_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
  });
  const result = (data ?? previousData)?.applicants;
  const page = result?.edges.map(({ node }) => node) ?? [];
  const pageState = pageSelectionState(selection, page);

  const services = useQuery(SERVICE_OPTIONS_QUERY, { variables: { first: LIMITS.pageSizeMax }, fetchPolicy: 'cache-and-network' });
  const serviceOptions = useMemo(
    () =>
      (services.data?.services.edges ?? []).map(({ node }) => ({
        value: node.id,
        label: `${pickLocalized(node.name, locale)} — ${pickLocalized(node.organization.name, locale)}`,
      })),
    [services.data, locale],
  );

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <Text fw={700}>{t('allocation.applicants')}</Text>
            <Group gap="xs">
              <Badge variant="light" size="lg" data-testid="allocation-selected">
                {t('allocation.selected', { count: formatNumber(selection.size, locale) })}
              </Badge>
              {selection.size > 0 ? (
                <Button variant="subtle" size="compact-sm" onClick={() => onSelectionChange(new Map())} data-testid="allocation-clear">
                  {t('allocation.clearSelection')}
                </Button>
              ) : null}
            </Group>
          </Group>
          <SearchField
            hideLabel
            label={t('applicants.list.searchLabel')}
            placeholder={t('applicants.list.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            busy={loading && Boolean(result)}
            data-testid="allocation-search"
          />
          {error && !result ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !result ? (
            <ListSkeleton rows={3} />
          ) : page.length === 0 ? (
            <EmptyState title={debouncedSearch ? t('applicants.list.noMatch') : t('allocation.noApplicants')} />
          ) : (
            <Stack gap={6}>
              <Checkbox
                label={t('allocation.selectPage')}
                checked={pageState === 'all'}
                indeterminate={pageState === 'some'}
                onChange={(event) => onSelectionChange(withItems(selection, page, event.currentTarget.checked))}
                fw={600}
                data-testid="allocation-select-page"
              />
              <Stack gap={4} aria-busy={loading} data-testid="allocation-applicants">
                {page.map((applicant) => (
                  <Card key={applicant.id} withBorder padding="xs">
                    <Checkbox
                      checked={selection.has(applicant.id)}
                      onChange={(event) => onSelectionChange(withItems(selection, [applicant], event.currentTarget.checked))}
                      aria-label={t('allocation.selectApplicant', { name: applicant.fullName })}
                      label={
                        <Stack gap={0}>
                          <Text size="sm" fw={600}>
                            {applicant.fullName}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {APPLICANT_CATEGORY_LABELS[applicant.category][locale]} · {governorateName(applicant.governorate, locale)}
                          </Text>
                          <OpenReferralChips referrals={applicant.openReferrals} />
                        </Stack>
                      }
                      data-testid="allocation-applicant"
                    />
                  </Card>
                ))}
              </Stack>
              <LoadMoreFooter
                shown={page.length}
                total={result.totalCount}
                hasNextPage={result.pageInfo.hasNextPage}
                loading={loading}
                onLoadMore={() => void fetchMore({ variables: { after: result.pageInfo.endCursor } }).catch(notify.failure)}
              />
            </Stack>
          )}
        </Stack>
      </Card>

      <MultiSelect
        label={t('allocation.services')}
        placeholder={serviceIds.length === 0 ? t('allocation.servicesPlaceholder') : undefined}
        data={serviceOptions}
        value={serviceIds}
        onChange={onServiceIdsChange}
        searchable
        clearable
        hidePickedOptions
        filter={foldedOptionsFilter}
        data-testid="allocation-services"
      />

      <FormErrorAlert error={planError} />

      <Group justify="flex-end" gap="sm">
        {selection.size === 0 ? (
          <Text size="sm" c="dimmed">
            {t('allocation.planHint')}
          </Text>
        ) : null}
        <Button
          leftSection={<IconArrowsSplit size={16} aria-hidden />}
          disabled={selection.size === 0}
          loading={planning}
          onClick={onPlan}
          data-testid="allocation-plan"
        >
          {t('allocation.plan')}
        </Button>
      </Group>
    </Stack>
  );
}

interface PlanStepProps {
  planId: string;
  planning: boolean;
  planError: ApiError | null;
  onPlanAgain: (applicantIds: string[]) => void;
  onAllowSecondOfKind: (applicantIds: string[], applicantId: string, reason: string) => void;
  onDiscard: () => void;
}

function PlanStep({ planId, planning, planError, onPlanAgain, onAllowSecondOfKind, onDiscard }: PlanStepProps) {
  const { data, error, refetch } = useQuery(ALLOCATION_PLAN_QUERY, { variables: { id: planId } });
  useRefetchOnLanguageChange(refetch);
  const [commit, { loading: committing }] = useCommitAllocation();
  const [sent, setSent] = useState<CommitAllocationMutation['commitAllocation'] | null>(null);
  const [commitError, setCommitError] = useState<ApiError | null>(null);

  if (error && !data) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const current = data.allocationPlan;
  // The same cohort, planned again against the places as they are now.
  const cohort = [...current.assignments.map((a) => a.applicant.id), ...current.unassignedReasons.map((u) => u.applicant.id)];

  return (
    <Stack gap="md">
      <FormErrorAlert error={planError} />
      <PlanReview
        key={current.id}
        plan={current}
        committing={committing}
        planning={planning}
        sent={sent}
        commitError={commitError}
        onCommit={() => {
          setCommitError(null);
          commit({ variables: { planId: current.id } })
            .then((result) => setSent(result.data?.commitAllocation ?? []))
            .catch((failure: unknown) => setCommitError(toApiError(failure)));
        }}
        onPlanAgain={() => onPlanAgain(cohort)}
        onAllowSecondOfKind={(applicantId, reason) => onAllowSecondOfKind(cohort, applicantId, reason)}
        onDiscard={onDiscard}
      />
    </Stack>
  );
}
