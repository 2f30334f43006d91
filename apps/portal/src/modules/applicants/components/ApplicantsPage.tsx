import { useQuery } from '@apollo/client/react';
import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsSplit, IconUserPlus } from '@tabler/icons-react';
import { APPLICANT_CATEGORY_LABELS, LIMITS } from '@shuraka/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canPlanAllocation, canRegisterApplicants, canViewApplicants } from '../../auth/utils/permissions';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedList } from '../../../shared/components/PagedList';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { EmptyState, ForbiddenState } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { enumOptions } from '../../../shared/utils/options';
import { APPLICANTS_QUERY } from '../graphql/applicants.graphql';
import { applicantFilterFromParams } from '../utils/applicant-filter';
import { ApplicantCard } from './ApplicantCard';
import { SearchField } from '../../../shared/components/SearchField';

export function ApplicantsPage() {
  const user = useCurrentUser();
  if (!canViewApplicants(user)) return <ForbiddenState />;
  return <ApplicantsList />;
}

function ApplicantsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const [search, setSearch] = useSearchParam();

  const filter = useMemo(() => applicantFilterFromParams(params), [params]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(APPLICANTS_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
  });
  const result = (data ?? previousData)?.applicants;
  const hasFilters = Object.keys(filter).length > 0;
  const clearFilters = () => {
    setSearch('');
    updateParams(() => new URLSearchParams());
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('applicants.list.title')}
        subtitle={
          canRegisterApplicants(user) ? (
            <Text size="sm" c="dimmed">
              {t('applicants.list.subtitle')}
            </Text>
          ) : undefined
        }
        actions={
          <>
            {canPlanAllocation(user) ? (
              <Button component={Link} to="/allocation" variant="light" leftSection={<IconArrowsSplit size={16} aria-hidden />}>
                {t('applicants.list.allocate')}
              </Button>
            ) : null}
            {canRegisterApplicants(user) ? (
              <Button
                component={Link}
                to="/applicants/new"
                leftSection={<IconUserPlus size={16} aria-hidden />}
                data-testid="applicant-register"
              >
                {t('applicants.list.register')}
              </Button>
            ) : null}
          </>
        }
      />

      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" role="search">
        <SearchField
          label={t('applicants.list.searchLabel')}
          placeholder={t('applicants.list.searchPlaceholder')}
          value={search}
          onChange={setSearch}
          busy={loading && Boolean(result)}
          data-testid="applicant-search"
        />
        <FilterSelect
          param="category"
          label={t('applicants.list.category')}
          data={enumOptions(APPLICANT_CATEGORY_LABELS, locale)}
          data-testid="applicant-filter-category"
        />
        <FilterSelect governorate param="governorate" label={t('applicants.list.governorate')} data-testid="applicant-filter-governorate" />
      </SimpleGrid>

      <PagedList
        result={result}
        error={error}
        loading={loading}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after, withCount: false } })}
        empty={
          <EmptyState
            title={hasFilters ? t('applicants.list.noMatch') : t('applicants.list.empty')}
            hint={hasFilters ? t('applicants.list.noMatchHint') : canRegisterApplicants(user) ? t('applicants.list.emptyHint') : undefined}
            action={
              hasFilters ? (
                <Button variant="light" onClick={clearFilters}>
                  {t('common.actions.clearFilters')}
                </Button>
              ) : canRegisterApplicants(user) ? (
                <Button component={Link} to="/applicants/new" variant="light" leftSection={<IconUserPlus size={16} aria-hidden />}>
                  {t('applicants.list.register')}
                </Button>
              ) : null
            }
          />
        }
        renderItem={(node) => <ApplicantCard key={node.id} applicant={node} />}
      />
    </Stack>
  );
}
