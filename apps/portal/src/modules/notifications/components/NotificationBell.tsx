import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatNumber } from '../../../shared/utils/format';
import { useUnreadNotificationCount } from '../hooks/use-notifications';

/** The header's bell: the unread count, and the way to the notifications page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const locale = useLocale();
  const unread = useUnreadNotificationCount();
  const label = unread > 0 ? t('notifications.bell.unread', { count: formatNumber(unread, locale) }) : t('notifications.bell.none');
  return (
    <Indicator
      label={<span data-testid="notification-bell-count">{formatNumber(Math.min(unread, 99), locale)}{unread > 99 ? '+' : ''}</span>}
      disabled={unread === 0}
      size={18}
      color="red"
      offset={4}
      inline
    >
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray" size="lg" aria-label={label} title={label} data-testid="notification-bell">
        <IconBell size={20} stroke={1.6} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
