import { useQuery } from '@apollo/client/react';
import { Button, Loader, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { LIMITS, ORGANIZATION_KIND_LABELS } from '@shuraka/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canCreateOrganization } from '../../auth/utils/permissions';
import { useConsortiumOptions } from '../../consortia/hooks/use-consortium-options';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { EmptyState, ErrorState, ListSkeleton } from '../../../shared/components/states';
import { GovernorateSelect } from '../../../shared/components/fields';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { enumOptions } from '../../../shared/utils/options';
import { foldedOptionsFilter } from '../../../shared/utils/options-filter';
import { ORGANIZATIONS_QUERY } from '../graphql/organizations.graphql';
import { organizationFilterFromParams, withParam } from '../utils/organization-filter';
import { OrganizationCard } from './OrganizationCard';

const SEARCH_DEBOUNCE_MS = 350;

export function OrganizationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  // Typing updates the URL (and so the query) only after a pause, replacing history rather than adding to it.
  useEffect(() => {
    if ((params.get('q') ?? '') === debouncedSearch) return;
    setParams((current) => withParam(current, 'q', debouncedSearch), { replace: true });
  }, [debouncedSearch, params, setParams]);

  const filter = useMemo(() => organizationFilterFromParams(params), [params]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ORGANIZATIONS_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
  });
  const result = (data ?? previousData)?.organizations;
  const consortia = useConsortiumOptions();

  const setFilter = (key: string, value: string | null) => setParams((current) => withParam(current, key, value), { replace: true });
  const hasFilters = Object.keys(filter).length > 0;
  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
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
        <TextInput
          type="search"
          label={t('organizations.list.searchLabel')}
          placeholder={t('organizations.list.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={loading && result ? <Loader size="xs" /> : null}
          data-testid="org-search"
          maxLength={LIMITS.nameMaxLength}
        />
        <Select
          label={t('organizations.list.kind')}
          placeholder={t('common.filters.all')}
          data={enumOptions(ORGANIZATION_KIND_LABELS, locale)}
          value={params.get('kind')}
          onChange={(value) => setFilter('kind', value)}
          clearable
          data-testid="org-filter-kind"
        />
        <GovernorateSelect
          label={t('organizations.list.governorate')}
          placeholder={t('common.filters.all')}
          value={params.get('governorate')}
          onChange={(value) => setFilter('governorate', value)}
          clearable
          data-testid="org-filter-governorate"
        />
        <Select
          label={t('organizations.list.consortium')}
          placeholder={t('common.filters.all')}
          data={consortia.options}
          value={params.get('consortium')}
          onChange={(value) => setFilter('consortium', value)}
          clearable
          searchable
          filter={foldedOptionsFilter}
          disabled={consortia.options.length === 0}
          data-testid="org-filter-consortium"
        />
      </SimpleGrid>

      {error && !result ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !result ? (
        <ListSkeleton />
      ) : result.edges.length === 0 ? (
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
      ) : (
        <>
          {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          <Stack gap="sm" aria-busy={loading}>
            {result.edges.map(({ node }) => (
              <OrganizationCard key={node.id} organization={node} />
            ))}
          </Stack>
          <LoadMoreFooter
            shown={result.edges.length}
            total={result.totalCount}
            hasNextPage={result.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={() => void fetchMore({ variables: { after: result.pageInfo.endCursor } }).catch(notify.failure)}
          />
        </>
      )}
    </Stack>
  );
}
