import { Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorState } from '../../shared/components/states';
import { usePageTitle } from '../../shared/hooks/use-page-title';

/** A render failure inside a page: offer a reload instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  usePageTitle(t('common.pageTitles.error'));
  return (
    <Center mih="60dvh" p="md">
      <Stack maw={480} w="100%">
        <ErrorState error={error} onRetry={() => window.location.reload()} />
      </Stack>
    </Center>
  );
}
