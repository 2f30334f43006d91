import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LIMITS, pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { canManageConsortia } from '../../auth/utils/permissions';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { PageHeader } from '../../../shared/components/PageHeader';
import { EmptyState, ErrorState, ListSkeleton } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { formatNumber } from '../../../shared/utils/format';
import { countryName } from '../../../shared/utils/options';
import { CONSORTIA_QUERY } from '../graphql/consortia.graphql';
import { leadOf } from '../utils/group-members';

export function ConsortiaPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const notify = useNotify();
  const { data, loading, error, refetch, fetchMore } = useQuery(CONSORTIA_QUERY, {
    variables: { first: LIMITS.pageSizeDefault },
  });
  const result = data?.consortia;
  const mayManage = canManageConsortia(user);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('consortia.list.title')}
        actions={
          mayManage ? (
            <Button component={Link} to="/consortia/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('common.nav.newConsortium')}
            </Button>
          ) : null
        }
      />
      {error && !result ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !result ? (
        <ListSkeleton rows={3} />
      ) : result.edges.length === 0 ? (
        <EmptyState title={t('consortia.list.empty')} />
      ) : (
        <>
          <Stack gap="sm">
            {result.edges.map(({ node }) => {
              const lead = leadOf(node.members);
              return (
                <Card
                  key={node.id}
                  withBorder
                  padding="md"
                  component={Link}
                  to={`/consortia/${node.id}`}
                  data-testid="consortium-row"
                  style={{ textDecoration: 'none' }}
                >
                  <Stack gap={6}>
                    <Group justify="space-between" align="flex-start" gap="xs">
                      <Stack gap={0} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
                        <LocalizedName text={node.name} withOther fw={700} size="lg" component="div" />
                      </Stack>
                      <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                        {countryName(node.country, locale)}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {lead
                        ? t('consortia.list.lead', { name: pickLocalized(lead.organization.name, locale) })
                        : t('consortia.list.noLead')}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('consortia.list.memberCount', { count: formatNumber(node.members.length, locale) })}
                    </Text>
                    {node.purpose ? <LocalizedName text={node.purpose} size="sm" lineClamp={2} component="p" m={0} /> : null}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
          <LoadMoreFooter
            shown={result.edges.length}
            total={result.totalCount}
            hasNextPage={result.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={() => void fetchMore({ variables: { after: result.pageInfo.endCursor } }).catch(notify.failure)}
          />
        </>
      )}
    </Stack>
  );
}
