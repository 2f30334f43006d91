import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { LIMITS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedList } from '../../../shared/components/PagedList';
import { EmptyState } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { useNotify } from '../../../shared/hooks/use-notify';
import { formatDateTime, formatNumber } from '../../../shared/utils/format';
import { withParam } from '../../../shared/utils/search-params';
import { NOTIFICATIONS_QUERY } from '../graphql/notifications.graphql';
import { useMarkNotificationsRead, useUnreadNotificationCount } from '../hooks/use-notifications';
import { portalPath } from '../utils/notification-link';

const KNOWN_KINDS = [
  'QUESTIONNAIRE_ASSIGNED',
  'QUESTIONNAIRE_DUE_SOON',
  'QUESTIONNAIRE_OVERDUE',
  'QUESTIONNAIRE_REMINDER',
  'QUESTIONNAIRE_REOPENED',
  'RECOMMENDATION_ASSIGNED',
  'RECOMMENDATION_DUE_SOON',
  'RECOMMENDATION_OVERDUE',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];
const isKnownKind = (kind: string): kind is KnownKind => (KNOWN_KINDS as readonly string[]).includes(kind);
const KIND_COLORS: Record<KnownKind, string> = {
  QUESTIONNAIRE_ASSIGNED: 'teal',
  QUESTIONNAIRE_DUE_SOON: 'yellow',
  QUESTIONNAIRE_OVERDUE: 'red',
  QUESTIONNAIRE_REMINDER: 'orange',
  QUESTIONNAIRE_REOPENED: 'blue',
  RECOMMENDATION_ASSIGNED: 'grape',
  RECOMMENDATION_DUE_SOON: 'yellow',
  RECOMMENDATION_OVERDUE: 'red',
};

/** Every signed-in user's own notifications: newest first, unread ones marked, each opening what it is about. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const unreadOnly = params.get('show') === 'unread';
  const unread = useUnreadNotificationCount();
  const { mark, loading: marking } = useMarkNotificationsRead();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: LIMITS.pageSizeDefault, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.notifications;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('notifications.page.title')}
        subtitle={
          <Text size="sm" c="dimmed" data-testid="notifications-unread-summary">
            {unread > 0 ? t('notifications.page.unreadCount', { count: formatNumber(unread, locale) }) : t('notifications.page.allRead')}
          </Text>
        }
        actions={
          <Button
            variant="light"
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={unread === 0}
            loading={marking}
            onClick={() => void mark('all').then(() => refetch()).catch(notify.failure)}
            data-testid="notifications-mark-all"
          >
            {t('notifications.page.markAllRead')}
          </Button>
        }
      />
      <SegmentedControl
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => updateParams((current) => withParam(current, 'show', value === 'unread' ? 'unread' : null))}
        data={[
          { value: 'all', label: t('notifications.page.showAll') },
          { value: 'unread', label: t('notifications.page.showUnread') },
        ]}
        aria-label={t('notifications.page.show')}
        data-testid="notifications-filter"
        w="fit-content"
      />
      <PagedList
        result={result}
        error={error}
        loading={loading}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={<EmptyState title={unreadOnly ? t('notifications.page.emptyUnread') : t('notifications.page.empty')} hint={t('notifications.page.emptyHint')} />}
        renderItem={(node) => <NotificationItem key={node.id} notification={node} onMarkRead={(id) => mark([id]).catch(notify.failure)} />}
      />
    </Stack>
  );
}

function NotificationItem({ notification, onMarkRead }: { notification: NotificationFieldsFragment; onMarkRead: (id: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unread = notification.readAt === null;
  const path = portalPath(notification.link);
  return (
    <Card withBorder padding="sm" data-testid="notification-item" data-unread={unread ? 'true' : 'false'} bg={unread ? 'teal.0' : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="wrap" style={{ minInlineSize: 0 }}>
            {unread ? (
              <Badge size="xs" color="red" variant="filled" data-testid="notification-unread">
                {t('notifications.item.new')}
              </Badge>
            ) : null}
            <LocalizedName text={notification.title} fw={unread ? 700 : 500} component="h2" size="md" m={0} data-testid="notification-title" />
          </Group>
          {/* Never squeezed by a long title (a phone cut "تذكير" down to "ت…"): the title wraps instead. */}
          <Badge size="sm" variant="light" color={isKnownKind(notification.kind) ? KIND_COLORS[notification.kind] : 'gray'} style={{ flexShrink: 0 }} data-testid="notification-kind">
            {isKnownKind(notification.kind) ? t(`notifications.kinds.${notification.kind}`) : t('notifications.kinds.OTHER')}
          </Badge>
        </Group>
        {notification.body ? <LocalizedName text={notification.body} size="sm" component="p" m={0} data-testid="notification-body" /> : null}
        <Group justify="space-between" gap="xs">
          {/* Gray 7: the dimmed gray falls just below 4.5:1 on an unread card's teal tint. */}
          <Text size="xs" c="gray.7">
            {formatDateTime(notification.createdAt, locale)}
          </Text>
          <Group gap="xs">
            {unread ? (
              <Button size="compact-sm" variant="subtle" onClick={() => void onMarkRead(notification.id)} data-testid="notification-mark-read">
                {t('notifications.item.markRead')}
              </Button>
            ) : null}
            {path ? (
              <Button
                size="compact-sm"
                variant="light"
                component={Link}
                to={path}
                onClick={() => {
                  // Opening it is reading it; the page opens whether or not the mark gets through.
                  if (unread) void onMarkRead(notification.id);
                }}
                data-testid="notification-open"
              >
                {t('notifications.item.open')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
