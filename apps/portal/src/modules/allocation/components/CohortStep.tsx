import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Checkbox, Group, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { APPLICANT_CATEGORY_LABELS, LIMITS, pickLocalized } from '@shuraka/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { EmptyState, ErrorState, ListSkeleton } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import type { ApiError } from '../../../shared/utils/api-errors';
import { formatNumber } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';
import { foldedOptionsFilter } from '../../../shared/utils/options-filter';
import { ALLOCATION_APPLICANTS_QUERY, SERVICE_OPTIONS_QUERY } from '../graphql/allocation.graphql';
import { COHORT_MAX, cohortFilterFromParams, datesReversed, filterKey, type CohortRequest } from '../utils/cohort';
import { pageSelectionState, withItems, type Selection } from '../utils/selection';
import { CohortFilters } from './CohortFilters';
import { OpenReferralChips } from './OpenReferralChips';
import { PlanningState } from './PlanningState';

/** The cohort as chosen on the page: applicants ticked one by one, or everyone matching the filter of `allMatching`. */
export interface CohortChoice {
  picked: Selection;
  /** The key of the filter whose every match is chosen (null: only the ticked applicants). */
  allMatching: string | null;
}

export const NO_CHOICE: CohortChoice = { picked: new Map(), allMatching: null };

export interface CohortStepProps {
  choice: CohortChoice;
  onChoiceChange: (choice: CohortChoice) => void;
  serviceIds: string[];
  onServiceIdsChange: (ids: string[]) => void;
  planning: boolean;
  planError: ApiError | null;
  onPlan: (request: CohortRequest, size: number) => void;
}

export function CohortStep({ choice, onChoiceChange, serviceIds, onServiceIdsChange, planning, planError, onPlan }: CohortStepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [params] = useSearchParams();
  const filter = useMemo(() => cohortFilterFromParams(params), [params]);
  const key = filterKey(filter);
  const reversed = datesReversed(filter);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ALLOCATION_APPLICANTS_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
  });
  const current = data?.applicants;
  const result = (data ?? previousData)?.applicants;
  const page = result?.edges.map(({ node }) => node) ?? [];
  // "Everyone matching" holds for the filter it was chosen with; another filter starts from the ticked ones.
  const allMatching = choice.allMatching === key;
  const matching = current?.totalCount ?? null;
  const selectedCount = allMatching ? (matching ?? 0) : choice.picked.size;
  const pageState = allMatching ? 'all' : pageSelectionState(choice.picked, page);
  const [planned, setPlanned] = useState(0);

  const services = useQuery(SERVICE_OPTIONS_QUERY, {
    variables: { first: LIMITS.pageSizeMax },
    fetchPolicy: 'cache-and-network',
  });
  const serviceOptions = useMemo(
    () =>
      (services.data?.services.edges ?? []).map(({ node }) => ({
        value: node.id,
        label: `${pickLocalized(node.name, locale)} — ${pickLocalized(node.organization.name, locale)}`,
      })),
    [services.data, locale],
  );

  const pick = (items: typeof page, selected: boolean) =>
    // Unticking one of "everyone matching" keeps the others shown ticked, as a mail inbox does.
    onChoiceChange({
      picked: withItems(allMatching ? withItems(choice.picked, page, true) : choice.picked, items, selected),
      allMatching: null,
    });
  const plan = () => {
    const request: CohortRequest = allMatching
      ? { cohort: filter, serviceIds, allowSecondOfKind: [] }
      : {
          applicantIds: [...choice.picked.keys()],
          serviceIds,
          allowSecondOfKind: [],
        };
    setPlanned(selectedCount);
    onPlan(request, selectedCount);
  };

  return (
    <Stack gap="md">
      <CohortFilters busy={loading && Boolean(result)} datesReversed={reversed} />
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

      <PlanningState planning={planning} size={planned} error={planError} />

      <Group justify="flex-end" gap="sm">
        {selectedCount === 0 ? (
          <Text size="sm" c="dimmed">
            {t('allocation.planHint')}
          </Text>
        ) : null}
        <Button
          leftSection={<IconArrowsSplit size={16} aria-hidden />}
          disabled={selectedCount === 0 || (allMatching && (matching ?? 0) > COHORT_MAX)}
          loading={planning}
          onClick={plan}
          data-testid="allocation-plan"
        >
          {selectedCount > 0
            ? t('allocation.planFor', {
                count: formatNumber(selectedCount, locale),
              })
            : t('allocation.plan')}
        </Button>
      </Group>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <Stack gap={0}>
              <Text fw={700} component="h2" fz="md" m={0}>
                {t('allocation.applicants')}
              </Text>
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="allocation-matching">
                {matching === null
                  ? t('common.states.loading')
                  : t('allocation.matching', {
                      count: formatNumber(matching, locale),
                    })}
              </Text>
            </Stack>
            <Group gap="xs">
              <Badge variant="light" size="lg" data-testid="allocation-selected">
                {t('allocation.selected', {
                  count: formatNumber(selectedCount, locale),
                })}
              </Badge>
              {selectedCount > 0 ? (
                <Button variant="subtle" size="compact-sm" onClick={() => onChoiceChange(NO_CHOICE)} data-testid="allocation-clear">
                  {t('allocation.clearSelection')}
                </Button>
              ) : null}
            </Group>
          </Group>
          {error && !result ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !result ? (
            <ListSkeleton rows={3} />
          ) : page.length === 0 ? (
            <EmptyState title={key === '[]' ? t('allocation.noApplicants') : t('applicants.list.noMatch')} />
          ) : (
            <Stack gap={6}>
              <Checkbox
                label={t('allocation.selectPage')}
                checked={pageState === 'all'}
                indeterminate={pageState === 'some'}
                onChange={(event) => (allMatching ? onChoiceChange(NO_CHOICE) : pick(page, event.currentTarget.checked))}
                fw={600}
                data-testid="allocation-select-page"
              />
              {matching !== null && matching > page.length ? (
                <SelectAllBanner
                  allMatching={allMatching}
                  pageSelected={pageState === 'all'}
                  shown={page.length}
                  matching={matching}
                  onSelectAll={() => onChoiceChange({ picked: new Map(), allMatching: key })}
                  onClear={() => onChoiceChange(NO_CHOICE)}
                />
              ) : null}
              <Stack gap={4} aria-busy={loading} data-testid="allocation-applicants">
                {page.map((applicant) => (
                  <Card key={applicant.id} withBorder padding="xs">
                    <Checkbox
                      checked={allMatching || choice.picked.has(applicant.id)}
                      onChange={(event) => pick([applicant], event.currentTarget.checked)}
                      aria-label={t('allocation.selectApplicant', {
                        name: applicant.fullName,
                      })}
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
                onLoadMore={() =>
                  void fetchMore({
                    variables: { after: result.pageInfo.endCursor },
                  }).catch(notify.failure)
                }
              />
            </Stack>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

interface SelectAllBannerProps {
  allMatching: boolean;
  pageSelected: boolean;
  shown: number;
  matching: number;
  onSelectAll: () => void;
  onClear: () => void;
}

/** Next to "select all on this page": everyone matching the filters, or why not (more than a plan takes). */
function SelectAllBanner({ allMatching, pageSelected, shown, matching, onSelectAll, onClear }: SelectAllBannerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const count = formatNumber(matching, locale);
  return (
    <Paper bg="var(--mantine-color-blue-light)" px="sm" py={6} radius="sm" data-testid="allocation-select-all-banner">
      {allMatching ? (
        <Group gap="xs" justify="center">
          <Text size="sm" fw={600} data-testid="allocation-all-selected">
            {t('allocation.allMatchingSelected', { count })}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            {t('allocation.clearSelection')}
          </Button>
        </Group>
      ) : matching > COHORT_MAX ? (
        <Text size="sm" ta="center" data-testid="allocation-over-limit">
          {t('allocation.overLimit', {
            count,
            max: formatNumber(COHORT_MAX, locale),
          })}
        </Text>
      ) : (
        <Group gap="xs" justify="center">
          {pageSelected ? (
            <Text size="sm">
              {t('allocation.pageSelected', {
                count: formatNumber(shown, locale),
              })}
            </Text>
          ) : null}
          <Button variant="subtle" size="compact-sm" onClick={onSelectAll} data-testid="allocation-select-all">
            {t('allocation.selectAllMatching', { count })}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
