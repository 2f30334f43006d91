import { Alert, Button, Card, Center, Group, Loader, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty, IconRefresh, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOptionalSession } from '../../modules/auth/hooks/use-current-user';
import { homePathFor, type Actor } from '../../modules/auth/utils/permissions';
import { toApiError } from '../utils/api-errors';
import { describeErrorCode } from '../utils/describe-error';
import { usePageTitle } from '../hooks/use-page-title';

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

/** The way back for whoever is looking: each role to its own home, signed out to the sign-in page. */
export function notFoundWayBack(user: Actor | null): { to: string; label: NotFoundHomeKey } {
  if (!user) return { to: '/', label: 'goSignIn' };
  const to = homePathFor(user);
  if (to === '/applicants') return { to, label: 'goApplicants' };
  if (to === '/referrals') return { to, label: 'goReferrals' };
  if (to === '/dashboard') return { to, label: 'goDashboard' };
  return { to, label: 'goDirectory' };
}

type NotFoundHomeKey = 'goSignIn' | 'goApplicants' | 'goReferrals' | 'goDashboard' | 'goDirectory';

export function NotFoundPage() {
  const { t } = useTranslation();
  const wayBack = notFoundWayBack(useOptionalSession()?.user ?? null);
  usePageTitle(t('common.states.notFoundTitle'));
  return (
    <Center py="xl" data-testid="not-found">
      <Stack align="center" gap="sm" maw={420}>
        <IconSearchOff size={48} stroke={1.5} aria-hidden color="var(--mantine-color-dimmed)" />
        <Title order={1} size="h2">
          {t('common.states.notFoundTitle')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('common.states.notFoundText')}
        </Text>
        <Button component={Link} to={wayBack.to} variant="light" data-testid="not-found-home">
          {t(`common.states.${wayBack.label}`)}
        </Button>
      </Stack>
    </Center>
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
