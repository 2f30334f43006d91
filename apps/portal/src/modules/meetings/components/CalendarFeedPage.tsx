import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CopyButton, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconCopy, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ErrorState, PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { formatDateTime } from '../../../shared/utils/format';
import { CALENDAR_FEED_QUERY, CREATE_CALENDAR_FEED, REVOKE_CALENDAR_FEED } from '../graphql/calendar.graphql';

type Pending = 'regenerate' | 'revoke' | null;

/**
 * `/calendar`: the user's iCalendar feed. The secret address is shown once, right after it is made (the API keeps
 * only its hash); making a new one or stopping the feed cuts off every calendar that used the old address.
 */
export function CalendarFeedPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const { data, error, refetch } = useQuery(CALENDAR_FEED_QUERY, { fetchPolicy: 'cache-and-network' });
  const [createFeed, { loading: creating }] = useMutation(CREATE_CALENDAR_FEED, { refetchQueries: [CALENDAR_FEED_QUERY] });
  const [revokeFeed, { loading: revoking }] = useMutation(REVOKE_CALENDAR_FEED, { refetchQueries: [CALENDAR_FEED_QUERY] });
  const [url, setUrl] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const feed = data.calendarFeed;

  const create = async () => {
    try {
      const result = await createFeed();
      setUrl(result.data?.createCalendarFeed.url ?? null);
      notify.success(t('meetings.feed.created'));
    } catch (failure) {
      notify.failure(failure);
    } finally {
      setPending(null);
    }
  };
  const revoke = async () => {
    try {
      await revokeFeed();
      setUrl(null);
      notify.success(t('meetings.feed.revoked'));
    } catch (failure) {
      notify.failure(failure);
    } finally {
      setPending(null);
    }
  };

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={t('meetings.feed.title')} subtitle={<Text c="dimmed">{t('meetings.feed.intro')}</Text>} />

      {url ? (
        <Alert color="teal" variant="light" title={t('meetings.feed.url')} data-testid="feed-url-once">
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                aria-label={t('meetings.feed.url')}
                value={url}
                readOnly
                dir="ltr"
                style={{ flex: 1 }}
                onFocus={(event) => event.currentTarget.select()}
                data-testid="feed-url"
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'filled' : 'light'}
                    color={copied ? 'teal' : undefined}
                    leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                    onClick={copy}
                    data-testid="feed-copy"
                  >
                    {copied ? t('meetings.feed.copied') : t('meetings.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">{t('meetings.feed.urlOnce')}</Text>
          </Stack>
        </Alert>
      ) : null}

      <Card withBorder padding="md" data-testid="feed-status">
        {feed ? (
          <Stack gap="sm">
            <Text>{t('meetings.feed.active', { date: formatDateTime(feed.createdAt, locale) })}</Text>
            <Text size="sm" c="dimmed">
              {feed.lastUsedAt ? t('meetings.feed.lastUsed', { date: formatDateTime(feed.lastUsedAt, locale) }) : t('meetings.feed.neverUsed')}
            </Text>
            <Group gap="sm">
              <Button variant="light" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setPending('regenerate')} data-testid="feed-regenerate">
                {t('meetings.feed.regenerate')}
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setPending('revoke')} data-testid="feed-revoke">
                {t('meetings.feed.revoke')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('meetings.feed.regenerateHint')}
            </Text>
          </Stack>
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text>{t('meetings.feed.none')}</Text>
            <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} loading={creating} onClick={() => void create()} data-testid="feed-create">
              {t('meetings.feed.create')}
            </Button>
          </Stack>
        )}
      </Card>

      <Stack gap="xs" component="section">
        <Title order={2} size="h4">
          {t('meetings.feed.howTo')}
        </Title>
        <List spacing="xs" size="sm">
          <List.Item>{t('meetings.feed.google')}</List.Item>
          <List.Item>{t('meetings.feed.outlook')}</List.Item>
          <List.Item>{t('meetings.feed.phone')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('meetings.feed.refresh')}
        </Text>
      </Stack>

      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={pending === 'revoke' ? t('meetings.feed.revoke') : t('meetings.feed.regenerate')}
        centered
      >
        <Stack gap="md">
          <Text>{pending === 'revoke' ? t('meetings.feed.revokeConfirm') : t('meetings.feed.regenerateConfirm')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('common.actions.cancel')}
            </Button>
            <Button
              color={pending === 'revoke' ? 'red' : undefined}
              loading={creating || revoking}
              onClick={() => void (pending === 'revoke' ? revoke() : create())}
              data-testid="feed-confirm"
            >
              {t('common.actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
