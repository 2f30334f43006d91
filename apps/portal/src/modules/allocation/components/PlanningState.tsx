import { Alert, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { ApiError } from '../../../shared/utils/api-errors';
import { formatNumber } from '../../../shared/utils/format';
import { COHORT_MAX } from '../utils/cohort';

/**
 * A plan under way (a large cohort takes seconds: say so, and that the page must stay open), or why it failed:
 * a full planning queue is its own message, the rest as forms show them.
 */
export function PlanningState({ planning, size, error }: { planning: boolean; size: number; error: ApiError | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (planning) {
    return (
      <Alert variant="light" color="blue" role="status" aria-live="polite" data-testid="allocation-planning">
        <Group gap="sm" wrap="nowrap">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('allocation.planning', { count: formatNumber(size, locale) })}</Text>
        </Group>
      </Alert>
    );
  }
  if (error?.code === 'TOO_MANY_REQUESTS') {
    return (
      <Alert
        variant="light"
        color="orange"
        icon={<IconHourglass aria-hidden />}
        title={t('allocation.serverBusyTitle')}
        role="alert"
        data-testid="allocation-server-busy"
      >
        <Text size="sm">{t('allocation.serverBusy')}</Text>
      </Alert>
    );
  }
  if (error?.fieldErrors.some((fieldError) => fieldError.field === 'cohort' && fieldError.constraint === 'maxCohort')) {
    // More match now than when the count was shown (registrations in the meantime): the limit in the reader's words.
    return (
      <Alert variant="light" color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="allocation-cohort-too-large">
        <Text size="sm">{t('allocation.cohortTooLarge', { max: formatNumber(COHORT_MAX, locale) })}</Text>
      </Alert>
    );
  }
  return <FormErrorAlert error={error} />;
}
