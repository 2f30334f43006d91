import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardQuery } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatAmount, formatCount, formatDays, formatRate } from '../utils/dashboard-format';
import type { ReactNode } from 'react';

type Dashboard = DashboardQuery['dashboard'];

function Kpi({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz={26} fw={800} lh={1.2} data-testid={`${testId}-value`}>
          {value}
        </Text>
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The headline figures of the period. */
export function KpiCards({ dashboard, consortiumId }: { dashboard: Dashboard; consortiumId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('dashboard.kpi.none');
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" data-testid="dashboard-kpis">
      <Kpi testId="kpi-referrals" label={t('dashboard.kpi.referrals')} value={formatCount(dashboard.referralsTotal, locale)} />
      <Kpi
        testId="kpi-acceptance"
        label={t('dashboard.kpi.acceptanceRate')}
        value={dashboard.acceptanceRate === null ? none : formatRate(dashboard.acceptanceRate, locale)}
        hint={t('dashboard.kpi.acceptanceHint')}
      />
      <Kpi
        testId="kpi-median-days"
        label={t('dashboard.kpi.medianDays')}
        value={dashboard.medianDaysToDecision === null ? none : formatDays(dashboard.medianDaysToDecision, locale)}
      />
      <Kpi
        testId="kpi-amount"
        label={t('dashboard.kpi.amountDisbursed')}
        value={
          dashboard.amountDisbursed.length === 0 ? (
            formatCount(0, locale)
          ) : (
            <Stack gap={0} component="span">
              {dashboard.amountDisbursed.map((money) => (
                <Text key={money.currency} component="span" fz={dashboard.amountDisbursed.length > 1 ? 18 : 22} fw={800}>
                  <bdi>{formatAmount(money, locale)}</bdi>
                </Text>
              ))}
            </Stack>
          )
        }
      />
      <Kpi testId="kpi-jobs" label={t('dashboard.kpi.jobsCreated')} value={formatCount(dashboard.jobsCreated, locale)} />
      <Kpi
        testId="kpi-completion"
        label={t('dashboard.kpi.completion')}
        value={dashboard.questionnaireCompletionRate === null ? none : formatRate(dashboard.questionnaireCompletionRate, locale)}
      />
      <Kpi
        testId="kpi-recommendations"
        label={t('dashboard.kpi.recommendations')}
        value={
          <Anchor component={Link} to={`/recommendations?consortium=${consortiumId}`} inherit c="inherit" data-testid="kpi-recommendations-open">
            {formatCount(dashboard.recommendationsOpen, locale)}
          </Anchor>
        }
        hint={
          <Anchor
            component={Link}
            to={`/recommendations?consortium=${consortiumId}&overdue=1`}
            size="xs"
            c={dashboard.recommendationsOverdue > 0 ? 'red.8' : 'dimmed'}
            fw={dashboard.recommendationsOverdue > 0 ? 700 : undefined}
            data-testid="kpi-recommendations-overdue"
          >
            {t('dashboard.kpi.overdue', { n: formatCount(dashboard.recommendationsOverdue, locale) })}
          </Anchor>
        }
      />
    </SimpleGrid>
  );
}
