import { Alert, Button, Card, Center, Group, Loader, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../utils/api-errors';
import { describeErrorCode } from '../utils/describe-error';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{t('common.states.loading')}</Text>
      </Group>
    </Center>
  );
}

/** Placeholder cards while a list loads: the layout does not jump when data arrives. */
export function ListSkeleton({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('common.states.loading')}>
      {Array.from({ length: rows }, (_, index) => (
        <Card key={index} withBorder padding="md">
          <Skeleton height={18} width="60%" mb="xs" />
          <Skeleton height={12} width="40%" mb="xs" />
          <Skeleton height={12} width="80%" />
        </Card>
      ))}
    </Stack>
  );
}

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = toApiError(error);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('errors.loadFailed')}
      role="alert"
      data-testid="error-state"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeErrorCode(apiError.code, t)}</Text>
        {onRetry ? (
          <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
            {t('common.actions.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

export interface EmptyStateProps {
  title: string;
  hint?: string;
  action?: React.ReactNode;
}

export function EmptyState({ title, hint, action }: EmptyStateProps) {
  return (
    <Card withBorder padding="xl" data-testid="empty-state">
      <Stack align="center" gap="xs">
        <IconMoodEmpty size={36} stroke={1.5} aria-hidden color="var(--mantine-color-dimmed)" />
        <Text fw={600}>{title}</Text>
        {hint ? (
          <Text size="sm" c="dimmed" ta="center">
            {hint}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Card>
  );
}

export function ForbiddenState() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="forbidden">
      {t('errors.forbidden')}
    </Alert>
  );
}
