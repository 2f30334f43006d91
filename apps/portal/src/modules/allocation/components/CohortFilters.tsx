import { Checkbox, Select, SimpleGrid, Stack } from '@mantine/core';
import { APPLICANT_CATEGORY_LABELS } from '@shuraka/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DateField } from '../../../shared/components/DateField';
import { GovernorateSelect } from '../../../shared/components/fields';
import { SearchField } from '../../../shared/components/SearchField';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { enumOptions } from '../../../shared/utils/options';
import { withParam } from '../../../shared/utils/search-params';
import { COHORT_PARAMS } from '../utils/cohort';

/**
 * The filters a cohort is chosen with, kept in the URL (so a plan's "start again" comes back to them): search,
 * category, governorate, registered between two days, not yet referred.
 */
export function CohortFilters({ busy, datesReversed }: { busy: boolean; datesReversed: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParam] = useCohortParams();
  const [search, setSearch] = useSearchParam();
  const bound = (key: string) => ({
    value: params.get(key),
    onChange: (value: string | null) => setParam(key, value),
    placeholder: t('common.filters.all'),
    clearable: true,
  });

  return (
    <Stack gap="sm" role="search" aria-label={t('allocation.filters.title')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <SearchField
          label={t('applicants.list.searchLabel')}
          placeholder={t('applicants.list.searchPlaceholder')}
          value={search}
          onChange={setSearch}
          busy={busy}
          data-testid="allocation-search"
        />
        <Select
          label={t('applicants.list.category')}
          data={enumOptions(APPLICANT_CATEGORY_LABELS, locale)}
          {...bound('category')}
          data-testid="allocation-filter-category"
        />
        <GovernorateSelect label={t('applicants.list.governorate')} {...bound('governorate')} data-testid="allocation-filter-governorate" />
      </SimpleGrid>
      {/* The two days side by side, also on a phone. */}
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
        <DateField
          label={t('allocation.filters.registeredFrom')}
          placeholder={t('allocation.filters.anyDay')}
          value={params.get(COHORT_PARAMS.registeredFrom) ?? ''}
          onChange={(value) => setParam(COHORT_PARAMS.registeredFrom, value)}
          data-testid="allocation-filter-from"
        />
        <DateField
          label={t('allocation.filters.registeredTo')}
          placeholder={t('allocation.filters.anyDay')}
          value={params.get(COHORT_PARAMS.registeredTo) ?? ''}
          onChange={(value) => setParam(COHORT_PARAMS.registeredTo, value)}
          error={datesReversed ? t('allocation.filters.datesReversed') : undefined}
          data-testid="allocation-filter-to"
        />
        <Checkbox
          label={t('allocation.filters.notYetReferred')}
          description={t('allocation.filters.notYetReferredHint')}
          checked={params.get(COHORT_PARAMS.notYetReferred) === '1'}
          onChange={(event) => setParam(COHORT_PARAMS.notYetReferred, event.currentTarget.checked ? '1' : null)}
          style={{ alignSelf: 'center' }}
          data-testid="allocation-filter-not-referred"
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The filters this form writes (the search box writes `q` itself, after a pause). */
const FILTER_KEYS = ['category', 'governorate', ...Object.values(COHORT_PARAMS)];

/**
 * The filters as shown, and a setter for one of them. The form's own state is the truth and the URL follows it:
 * the router hands a functional update the params of its last render, and renders a navigation in a transition,
 * so two quick changes written from the URL (a date, then the box beside it) would lose the first.
 */
function useCohortParams(): [URLSearchParams, (key: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const [shown, setShown] = useState(() => new URLSearchParams(params));
  const written = useRef(shown.toString());
  useEffect(() => {
    if (shown.toString() === written.current) return;
    written.current = shown.toString();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of FILTER_KEYS) {
          const value = shown.get(key);
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }, [shown, setParams]);
  const setParam = (key: string, value: string | null) => setShown((current) => withParam(current, key, value));
  return [shown, setParam];
}
