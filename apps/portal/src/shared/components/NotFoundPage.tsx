import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOptionalSession } from '../../modules/auth/hooks/use-current-user';
import { homePathFor, type Actor } from '../../modules/auth/utils/permissions';
import { usePageTitle } from '../hooks/use-page-title';

// Apart from states.tsx: this page needs the router, and the sign-in page (which uses states.tsx) loads no router.

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
