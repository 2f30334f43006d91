import { useApolloClient } from '@apollo/client/react';
import { Button, Card, Group, ScrollArea, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChartBar, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardTable } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { DownloadMenuButton } from '../../../shared/components/DownloadMenuButton';
import { DASHBOARD_EXPORT } from '../graphql/dashboard.graphql';
import { formatCount } from '../utils/dashboard-format';
import { formatCell, type DashboardTableModel } from '../utils/dashboard-tables';
import { BarChart } from './BarChart';

// Distinct hues (not two greens): referrals, then how many of them were accepted and completed.
const SERIES_COLORS = { count: 'teal.7', referrals: 'teal.7', accepted: 'blue.5', declined: 'red.5', completed: 'orange.5', jobsCreated: 'grape.6' } as const;

export interface DashboardPeriod {
  consortiumId: string;
  from: string | null;
  to: string | null;
}

/**
 * One figure of the dashboard: a chart for the eye, and the same figures as a table — visually hidden under the
 * chart (the chart itself is hidden from screen readers, the table is what they read), or shown instead of it
 * on request. Each table exports to CSV or XLSX (made by the API, in the reader's language).
 */
export function DashboardTableCard({ model, period }: { model: DashboardTableModel; period: DashboardPeriod }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [asTable, setAsTable] = useState(false);
  const title = t(`dashboard.charts.${model.table}`);
  const titleId = `dashboard-${model.table}-title`;
  const chartSeries = model.measures.filter((measure) => measure !== 'jobsCreated' && measure !== 'declined');
  const empty = model.rows.every((row) => Object.values(row.values).every((value) => !value));

  const caption = t('dashboard.table.caption', { title });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} data-testid={`dashboard-card-${model.table}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="center">
          <Title order={2} size="h5" id={titleId}>
            {title}
          </Title>
          <Group gap={6}>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={asTable ? <IconChartBar size={14} aria-hidden /> : <IconTable size={14} aria-hidden />}
              onClick={() => setAsTable((value) => !value)}
              aria-pressed={asTable}
              data-testid={`dashboard-toggle-${model.table}`}
            >
              {asTable ? t('dashboard.table.hide') : t('dashboard.table.show')}
            </Button>
            <ExportMenu table={model.table} period={period} />
          </Group>
        </Group>
        {empty ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('dashboard.table.empty')}
          </Text>
        ) : null}
        {asTable ? (
          <DashboardDataTable model={model} caption={caption} />
        ) : (
          <>
            {empty ? null : (
              // The figures are read from the table beside it: the picture is hidden from screen readers, and inert so
              // that keyboard focus cannot land in it either.
              <div aria-hidden inert data-testid={`dashboard-chart-${model.table}`}>
                <BarChart
                  rows={model.rows.map((row) => ({ key: row.key, label: row.axisLabel, values: row.values }))}
                  series={chartSeries.map((measure) => ({
                    name: measure,
                    label: t(`dashboard.table.${measure}`),
                    color: SERIES_COLORS[measure],
                  }))}
                  layout={model.table === 'MONTH' ? 'columns' : 'bars'}
                  format={(value) => formatCount(value, locale)}
                />
              </div>
            )}
            <VisuallyHidden>
              <DashboardDataTable model={model} caption={caption} plain />
            </VisuallyHidden>
          </>
        )}
      </Stack>
    </Card>
  );
}

// The visually hidden copy under each chart (what screen readers read) is plain HTML: the same table, without
// Mantine's styled parts and scroll area, which cost a long task per page on a slow phone for nothing to see.
const PLAIN_TABLE = { Table: 'table', Caption: 'caption', Thead: 'thead', Tbody: 'tbody', Tr: 'tr', Th: 'th', Td: 'td' } as const;
const MANTINE_TABLE = { Table, Caption: Table.Caption, Thead: Table.Thead, Tbody: Table.Tbody, Tr: Table.Tr, Th: Table.Th, Td: Table.Td };

/**
 * The table alternative: what the chart shows, row by row, plus the amounts disbursed. `plain`: the same table as
 * plain elements (for the visually hidden copy).
 */
export function DashboardDataTable({ model, caption, plain = false }: { model: DashboardTableModel; caption: string; plain?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const T = plain ? PLAIN_TABLE : MANTINE_TABLE;
  const table = (
    <T.Table {...(plain ? {} : { striped: true, withTableBorder: true, fz: 'sm' })} data-testid={`dashboard-table-${model.table}`}>
      <T.Caption>{caption}</T.Caption>
      <T.Thead>
        <T.Tr>
          <T.Th scope="col">{t(`dashboard.table.${model.table}`)}</T.Th>
          {model.measures.map((measure) => (
            <T.Th key={measure} scope="col">
              {t(`dashboard.table.${measure}`)}
            </T.Th>
          ))}
          {model.withAmounts ? <T.Th scope="col">{t('dashboard.table.amountDisbursed')}</T.Th> : null}
        </T.Tr>
      </T.Thead>
      <T.Tbody>
        {model.rows.map((row) => (
          <T.Tr key={row.key} data-testid="dashboard-row" data-key={row.key}>
            <T.Th scope="row" {...(plain ? {} : { fw: 500 })}>
              <bdi>{row.label}</bdi>
            </T.Th>
            {model.measures.map((measure) => (
              <T.Td key={measure}>{formatCell(row.values[measure], locale)}</T.Td>
            ))}
            {model.withAmounts ? <T.Td>{row.amounts || formatCount(0, locale)}</T.Td> : null}
          </T.Tr>
        ))}
      </T.Tbody>
    </T.Table>
  );
  return plain ? table : <ScrollArea type="auto">{table}</ScrollArea>;
}

function ExportMenu({ table, period }: { table: DashboardTable; period: DashboardPeriod }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const client = useApolloClient();
  const file = (format: 'CSV' | 'XLSX') => async () =>
    (await client.query({ query: DASHBOARD_EXPORT, variables: { ...period, table, format, language: locale }, fetchPolicy: 'no-cache' })).data
      ?.dashboard.export;
  return (
    <DownloadMenuButton
      compact
      label={t('dashboard.export.label')}
      testId={`dashboard-export-${table}`}
      choices={[
        { label: t('dashboard.export.csv'), testId: `dashboard-export-${table}-CSV`, load: file('CSV') },
        { label: t('dashboard.export.xlsx'), testId: `dashboard-export-${table}-XLSX`, load: file('XLSX') },
      ]}
    />
  );
}
