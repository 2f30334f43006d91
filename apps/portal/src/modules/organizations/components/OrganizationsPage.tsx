import { useQuery } from '@apollo/client/react';
import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LIMITS, ORGANIZATION_KIND_LABELS } from '@shuraka/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canCreateOrganization } from '../../auth/utils/permissions';
import { useConsortiumOptions } from '../../consortia/hooks/use-consortium-options';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedList } from '../../../shared/components/PagedList';
import { EmptyState } from '../../../shared/components/states';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { enumOptions } from '../../../shared/utils/options';
import { foldedOptionsFilter } from '../../../shared/utils/options-filter';
import { ORGANIZATIONS_QUERY } from '../graphql/organizations.graphql';
import { organizationFilterFromParams } from '../utils/organization-filter';
import { OrganizationCard } from './OrganizationCard';
import { SearchField } from '../../../shared/components/SearchField';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const [search, setSearch] = useSearchParam();

  const filter = useMemo(() => organizationFilterFromParams(params), [params]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ORGANIZATIONS_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
  });
  const result = (data ?? previousData)?.organizations;
  const consortia = useConsortiumOptions();

  const hasFilters = Object.keys(filter).length > 0;
  const clearFilters = () => {
    setSearch('');
    updateParams(() => new URLSearchParams());
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('organizations.list.title')}
        actions={
          canCreateOrganization(user) ? (
            <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('common.nav.newOrganization')}
            </Button>
          ) : null
        }
      />

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" role="search">
        <SearchField
          label={t('organizations.list.searchLabel')}
          placeholder={t('organizations.list.searchPlaceholder')}
          value={search}
          onChange={setSearch}
          busy={loading && Boolean(result)}
          data-testid="org-search"
        />
        <FilterSelect
          param="kind"
          label={t('organizations.list.kind')}
          data={enumOptions(ORGANIZATION_KIND_LABELS, locale)}
          data-testid="org-filter-kind"
        />
        <FilterSelect governorate param="governorate" label={t('organizations.list.governorate')} data-testid="org-filter-governorate" />
        <FilterSelect
          param="consortium"
          label={t('organizations.list.consortium')}
          data={consortia.options}
          searchable
          filter={foldedOptionsFilter}
          disabled={consortia.options.length === 0}
          data-testid="org-filter-consortium"
        />
      </SimpleGrid>

      <PagedList
        result={result}
        error={error}
        loading={loading}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={
          <EmptyState
            title={t('organizations.list.empty')}
            hint={t('organizations.list.emptyHint')}
            action={
              hasFilters ? (
                <Button variant="light" onClick={clearFilters}>
                  {t('common.actions.clearFilters')}
                </Button>
              ) : null
            }
          />
        }
        renderItem={(node) => <OrganizationCard key={node.id} organization={node} />}
      />
    </Stack>
  );
}
