import { Checkbox, SimpleGrid } from '@mantine/core';
import { APPLICANT_CATEGORY_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DateField } from '../../../shared/components/DateField';
import { FilterSelect } from '../../../shared/components/FilterSelect';
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
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useSearchParam();
  const setParam = (key: string, value: string | null) => setParams((current) => withParam(current, key, value), { replace: true });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" role="search" aria-label={t('allocation.filters.title')}>
      <SearchField
        label={t('applicants.list.searchLabel')}
        placeholder={t('applicants.list.searchPlaceholder')}
        value={search}
        onChange={setSearch}
        busy={busy}
        data-testid="allocation-search"
      />
      <FilterSelect
        param="category"
        label={t('applicants.list.category')}
        data={enumOptions(APPLICANT_CATEGORY_LABELS, locale)}
        data-testid="allocation-filter-category"
      />
      <FilterSelect governorate param="governorate" label={t('applicants.list.governorate')} data-testid="allocation-filter-governorate" />
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
  );
}
