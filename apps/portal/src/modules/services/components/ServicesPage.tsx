import { useQuery } from '@apollo/client/react';
import { Button, Drawer, SimpleGrid, Stack, em } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { APPLICANT_CATEGORY_LABELS, LIMITS, SERVICE_KIND_LABELS, pickLocalized } from '@shuraka/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canManageServices } from '../../auth/utils/permissions';
import { OrganizationPicker } from '../../organizations/components/OrganizationPicker';
import { withParam } from '../../../shared/utils/search-params';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedList } from '../../../shared/components/PagedList';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { EmptyState } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { enumOptions } from '../../../shared/utils/options';
import { SERVICES_QUERY } from '../graphql/services.graphql';
import { serviceFilterFromParams } from '../utils/service-filter';
import { ServiceCard } from './ServiceCard';

const PHONE_PAGE_SIZE = 6;

export function ServicesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const filter = useMemo(() => serviceFilterFromParams(params), [params]);
  // On a phone four filters take a screen before the first service: they wait behind one button, in a drawer.
  const phone = useMediaQuery(`(max-width: ${em(767.98)})`, false, { getInitialValueInEffect: false });
  // …and fewer services come at once (more on demand), so the page stays a few screens long.
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SERVICES_QUERY, {
    variables: { filter, first: phone ? PHONE_PAGE_SIZE : LIMITS.pageSizeDefault },
  });
  const result = (data ?? previousData)?.services;
  const setFilter = (key: string, value: string | null) => updateParams((current) => withParam(current, key, value));
  const activeFilters = Object.keys(filter).length;
  const hasFilters = activeFilters > 0;
  const [filtersOpen, filtersDrawer] = useDisclosure(false);
  // Opened from a link with ?organization=…: the results name the provider even if the picker has not loaded it.
  const provider = result?.edges.find(({ node }) => node.organization.id === filter.organizationId)?.node.organization;
  const providerName = provider ? pickLocalized(provider.name, locale) : undefined;

  const filterFields = (
    <SimpleGrid cols={phone ? 1 : { base: 1, xs: 2, md: 4 }} spacing="sm" role="search">
      <OrganizationPicker
        label={t('services.list.organization')}
        placeholder={t('common.filters.all')}
        value={params.get('organization')}
        valueLabel={providerName}
        onChange={(id) => setFilter('organization', id)}
        data-testid="service-filter-organization"
      />
      <FilterSelect
        param="kind"
        label={t('services.list.kind')}
        data={enumOptions(SERVICE_KIND_LABELS, locale)}
        data-testid="service-filter-kind"
      />
      <FilterSelect
        param="category"
        label={t('services.list.category')}
        data={enumOptions(APPLICANT_CATEGORY_LABELS, locale)}
        data-testid="service-filter-category"
      />
      <FilterSelect governorate param="governorate" label={t('services.list.governorate')} data-testid="service-filter-governorate" />
    </SimpleGrid>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('services.list.title')} />

      {phone ? (
        <>
          <Button
            variant="light"
            leftSection={<IconFilter size={16} aria-hidden />}
            onClick={filtersDrawer.open}
            style={{ alignSelf: 'flex-start' }}
            data-testid="service-filters-open"
          >
            {hasFilters ? t('services.list.filtersActive', { count: activeFilters }) : t('services.list.filters')}
          </Button>
          <Drawer opened={filtersOpen} onClose={filtersDrawer.close} title={t('services.list.filters')} position="bottom" size="auto">
            {filterFields}
            <Button fullWidth mt="md" onClick={filtersDrawer.close} data-testid="service-filters-done">
              {t('services.list.showResults')}
            </Button>
          </Drawer>
        </>
      ) : (
        filterFields
      )}

      <PagedList
        result={result}
        error={error}
        loading={loading}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={
          <EmptyState
            title={t('services.list.empty')}
            hint={hasFilters ? t('services.list.emptyHint') : undefined}
            action={
              hasFilters ? (
                <Button variant="light" onClick={() => updateParams(() => new URLSearchParams())}>
                  {t('common.actions.clearFilters')}
                </Button>
              ) : null
            }
          />
        }
        renderItem={(node) => (
          <ServiceCard
            key={node.id}
            service={node}
            organization={node.organization}
            editTo={
              canManageServices(user, node.organization.id) ? `/organizations/${node.organization.id}/services/${node.id}/edit` : undefined
            }
          />
        )}
      />
    </Stack>
  );
}
