import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/use-locale';
import { formatNumber } from '../utils/format';

export interface LoadMoreFooterProps {
  shown: number;
  /** null: the total was not asked for; only what is shown is said. */
  total: number | null;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMoreFooter({ shown, total, hasNextPage, loading, onLoadMore }: LoadMoreFooterProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" data-testid="list-count" aria-live="polite">
        {total === null
          ? t('common.pagination.shownOnly', { shown: formatNumber(shown, locale) })
          : t('common.pagination.shown', { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}
      </Text>
      {hasNextPage ? (
        <Button variant="light" onClick={onLoadMore} loading={loading} data-testid="load-more">
          {t('common.actions.loadMore')}
        </Button>
      ) : null}
    </Group>
  );
}
