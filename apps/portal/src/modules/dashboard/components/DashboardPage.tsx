import { useQuery } from '@apollo/client/react';
import { Alert, Chip, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { pickLocalized } from '@shuraka/domain';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canViewDashboard } from '../../auth/utils/permissions';
import { DateField } from '../../../shared/components/DateField';
import { PageHeader } from '../../../shared/components/PageHeader';
import { EmptyState, ErrorState, ForbiddenState, ListSkeleton } from '../../../shared/components/states';
import { useDeferredFirst } from '../../../shared/hooks/use-deferred-first';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { withParam } from '../../../shared/utils/search-params';
import { DASHBOARD_CONSORTIA, DASHBOARD_QUERY } from '../graphql/dashboard.graphql';
import { dashboardConsortia } from '../utils/dashboard-access';
import { PERIOD_PRESETS, localToday, matchingPreset, presetPeriod, type PeriodPreset } from '../utils/dashboard-format';
import { DASHBOARD_TABLES, dashboardTable } from '../utils/dashboard-tables';
import { DashboardTableCard } from './DashboardTableCard';
import { KpiCards } from './KpiCards';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayParam(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value && ISO_DAY.test(value) ? value : null;
}

export function DashboardPage() {
  const user = useCurrentUser();
  if (!canViewDashboard(user)) return <ForbiddenState />;
  return <Dashboard />;
}

function Dashboard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const consortiaQuery = useQuery(DASHBOARD_CONSORTIA);
  const consortia = useMemo(
    () => dashboardConsortia(user, (consortiaQuery.data?.consortia.edges ?? []).map(({ node }) => node)),
    [consortiaQuery.data, user],
  );
  const chosen = params.get('consortium');
  const consortiumId = consortia.some((consortium) => consortium.id === chosen) ? chosen : (consortia[0]?.id ?? null);
  const from = dayParam(params, 'from');
  const to = dayParam(params, 'to');
  const today = localToday();
  const preset = matchingPreset(from, to, today);
  const badRange = !!from && !!to && from > to;

  const update = (changes: Record<string, string | null>) =>
    updateParams((current) => Object.entries(changes).reduce((next, [key, value]) => withParam(next, key, value), current));

  // The first consortium is chosen for the reader, and kept in the URL so a shared link opens the same view.
  useEffect(() => {
    if (consortiumId && chosen !== consortiumId) update({ consortium: consortiumId });
  }, [consortiumId, chosen]);

  const { data, previousData, error, refetch } = useQuery(DASHBOARD_QUERY, {
    variables: { consortiumId: consortiumId ?? '', from, to },
    skip: !consortiumId || badRange,
    fetchPolicy: 'cache-and-network',
  });
  // The figures first render as a transition (in slices, the browser responsive in between) rather than in one long
  // task when they arrive; the skeleton stays until then.
  const dashboard = useDeferredFirst((data ?? previousData)?.dashboard);
  const period = { consortiumId: consortiumId ?? '', from, to };

  if (consortiaQuery.error && !consortiaQuery.data) return <ErrorState error={consortiaQuery.error} onRetry={() => void consortiaQuery.refetch()} />;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={
          <Text size="sm" c="dimmed">
            {t('dashboard.subtitle')}
          </Text>
        }
      />
      {consortiaQuery.data && consortia.length === 0 ? (
        <EmptyState title={t('dashboard.noConsortium')} />
      ) : (
        <>
          <Stack gap="xs" role="search">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('dashboard.consortium')}
                data={consortia.map((consortium) => ({ value: consortium.id, label: pickLocalized(consortium.name, locale) }))}
                value={consortiumId}
                onChange={(value) => update({ consortium: value })}
                allowDeselect={false}
                data-testid="dashboard-consortium"
              />
              <DateField
                label={t('dashboard.period.from')}
                value={from ?? ''}
                onChange={(value) => update({ from: value || null })}
                data-testid="dashboard-from"
              />
              <DateField
                label={t('dashboard.period.to')}
                value={to ?? ''}
                onChange={(value) => update({ to: value || null })}
                error={badRange ? t('dashboard.period.badRange') : undefined}
                data-testid="dashboard-to"
              />
            </SimpleGrid>
            <Chip.Group
              value={preset ?? ''}
              onChange={(value) => {
                const next = presetPeriod(value as PeriodPreset, today);
                update({ from: next.from, to: next.to });
              }}
            >
              <Group gap={6} role="radiogroup" aria-label={t('dashboard.period.label')} data-testid="dashboard-presets">
                {PERIOD_PRESETS.map((value) => (
                  <Chip key={value} value={value} size="sm" data-testid={`dashboard-preset-${value}`}>
                    {t(`dashboard.period.${value}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>

          {badRange ? (
            <Alert color="orange" variant="light" role="alert">
              {t('dashboard.period.badRange')}
            </Alert>
          ) : error && !dashboard ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !dashboard || !consortiumId ? (
            <ListSkeleton rows={3} />
          ) : (
            <Stack gap="md" data-testid="dashboard">
              <KpiCards dashboard={dashboard} consortiumId={consortiumId} />
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {DASHBOARD_TABLES.map((table) => (
                  <DashboardTableCard key={table} model={dashboardTable(dashboard, table, locale)} period={period} />
                ))}
              </SimpleGrid>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
