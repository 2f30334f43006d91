import { AppShell, Badge, Burger, Button, Container, Divider, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconArrowsSplit,
  IconCalendarEvent,
  IconBuildingCommunity,
  IconChartBar,
  IconChecklist,
  IconClipboardList,
  IconHeartHandshake,
  IconInbox,
  IconLogout,
  IconPlus,
  IconSitemap,
  IconUserPlus,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { ROLE_LABELS } from '@shuraka/domain';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession, type CurrentUser } from '../../modules/auth/hooks/use-current-user';
import { canReferApplicants, navigationFor, type NavItem, type NavKey } from '../../modules/auth/utils/permissions';
import { NotificationBell } from '../../modules/notifications/components/NotificationBell';
import { useDecisionsUnread } from '../../modules/referrals/hooks/use-decisions-unread';
import { LanguageSwitch } from '../../shared/components/LanguageSwitch';
import { useLocale } from '../../shared/hooks/use-locale';
import { formatNumber } from '../../shared/utils/format';

const NAV_ICONS: Record<NavKey, Icon> = {
  applicants: IconUsers,
  newApplicant: IconUserPlus,
  allocation: IconArrowsSplit,
  referrals: IconInbox,
  organizations: IconBuildingCommunity,
  consortia: IconUsersGroup,
  services: IconHeartHandshake,
  newOrganization: IconPlus,
  newConsortium: IconPlus,
  questionnaires: IconClipboardList,
  meetings: IconCalendarEvent,
  committees: IconSitemap,
  recommendations: IconChecklist,
  dashboard: IconChartBar,
};

/** The item whose path is the longest prefix of the current one (so /organizations/new is not also "Organisations"). */
export function activeNavKey(items: readonly NavItem[], pathname: string): NavKey | undefined {
  const matching = items.filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
  const exact = matching.find((item) => item.to === pathname);
  if (exact) return exact.key;
  return matching.sort((a, b) => b.to.length - a.to.length)[0]?.key;
}

/** Below Mantine's `sm` breakpoint the navigation is a drawer behind the burger (AppShell's `navbar.breakpoint`). */
export const PHONE_QUERY = '(max-width: 47.99em)';

/**
 * Whether the navigation's items are rendered: always on a wide screen; on a phone once the burger has opened the
 * drawer (then kept, for its closing transition). A phone's first page does not render a dozen links it cannot show.
 */
export function useNavigationShown(opened: boolean): boolean {
  const phone = useMediaQuery(PHONE_QUERY, typeof window !== 'undefined' && window.matchMedia?.(PHONE_QUERY).matches, {
    getInitialValueInEffect: false,
  });
  const [everOpened, setEverOpened] = useState(opened);
  if (opened && !everOpened) setEverOpened(true);
  return !phone || opened || everOpened;
}

export function AppLayout() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigationShown = useNavigationShown(opened);

  useEffect(() => close(), [pathname, close]);

  const items = useMemo(() => navigationFor(user), [user]);
  const active = activeNavKey(items, pathname);
  const unreadDecisions = useDecisionsUnread(canReferApplicants(user));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        {/* First focusable element: keyboard and switch users jump over the header and navigation. */}
        <a href="#main-content" className="skip-link" data-testid="skip-link">
          {t('common.nav.skipToContent')}
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common.nav.toggle')} />
            <UnstyledButton component={Link} to="/" aria-label={t('common.appName')}>
              <Text fw={800} size="xl" c="teal.8" lh={1}>
                {t('common.appName')}
              </Text>
            </UnstyledButton>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('common.appTagline')}
            </Text>
          </Group>
          <HeaderTools user={user} signOut={signOut} />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('common.nav.main')}>
        {navigationShown ? <NavSections items={items} active={active} unreadDecisions={unreadDecisions} user={user} signOut={signOut} /> : null}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

interface SessionProps {
  user: CurrentUser;
  signOut: () => Promise<void>;
}

// The header's tools and the navigation render again only when what they show changes, not with every change of the
// page's address or of a query's result in the shell: on a slow phone each such render of the whole navigation was
// a long task.
const HeaderTools = memo(function HeaderTools({ user, signOut }: SessionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const roleLabel = ROLE_LABELS[user.role][locale];
  return (
    <Group gap="xs" wrap="nowrap">
      <NotificationBell />
      <LanguageSwitch />
      <Group gap={6} wrap="nowrap" visibleFrom="sm" data-testid="current-user">
        <Text size="sm" fw={600} truncate maw={180}>
          {user.displayName}
        </Text>
        <Badge variant="light" size="sm">
          {roleLabel}
        </Badge>
      </Group>
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        leftSection={<IconLogout size={16} aria-hidden className="flip-rtl" />}
        onClick={() => void signOut()}
        visibleFrom="sm"
        data-testid="sign-out"
      >
        {t('common.user.signOut')}
      </Button>
    </Group>
  );
});

const NavSections = memo(function NavSections({
  items,
  active,
  unreadDecisions,
  user,
  signOut,
}: SessionProps & {
  items: readonly NavItem[];
  active: NavKey | undefined;
  unreadDecisions: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const roleLabel = ROLE_LABELS[user.role][locale];
  const renderItem = (item: NavItem) => {
    const ItemIcon = NAV_ICONS[item.key];
    return (
      <NavLink
        key={item.key}
        component={Link}
        to={item.to}
        label={t(`common.nav.${item.key}`)}
        leftSection={<ItemIcon size={18} stroke={1.6} aria-hidden />}
        rightSection={
          item.key === 'referrals' && unreadDecisions > 0 ? (
            <Badge
              size="sm"
              color="red"
              variant="filled"
              circle
              aria-label={t('common.nav.unreadDecisions', {
                count: unreadDecisions,
              })}
              data-testid="nav-referrals-unread"
            >
              {formatNumber(unreadDecisions, locale)}
            </Badge>
          ) : undefined
        }
        active={active === item.key}
        aria-current={active === item.key ? 'page' : undefined}
        data-testid={`nav-${item.key}`}
      />
    );
  };

  const workItems = items.filter((item) => item.group === 'work');
  const adminItems = items.filter((item) => item.group === 'admin');

  return (
    <>
      <AppShell.Section grow>
        {workItems.length > 0 ? (
          <>
            <Stack gap={2}>{workItems.map(renderItem)}</Stack>
            <Divider my="sm" label={t('common.nav.directory')} labelPosition="center" />
          </>
        ) : null}
        <Stack gap={2}>{items.filter((item) => item.group === 'directory').map(renderItem)}</Stack>
        {adminItems.length > 0 ? (
          <>
            <Divider my="sm" label={t('common.nav.administration')} labelPosition="center" />
            <Stack gap={2}>{adminItems.map(renderItem)}</Stack>
          </>
        ) : null}
      </AppShell.Section>
      <AppShell.Section hiddenFrom="sm">
        <Divider my="sm" />
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Badge variant="light" size="sm">
            {roleLabel}
          </Badge>
          <Button variant="light" color="gray" leftSection={<IconLogout size={16} aria-hidden className="flip-rtl" />} onClick={() => void signOut()}>
            {t('common.user.signOut')}
          </Button>
        </Stack>
      </AppShell.Section>
    </>
  );
});
