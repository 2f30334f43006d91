import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { LIMITS, pickLocalized } from '@shuraka/domain';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CommitteeFilter } from '../../../gql/graphql';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedList } from '../../../shared/components/PagedList';
import { EmptyState } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { COMMITTEES_QUERY } from '../graphql/committees.graphql';
import { useMeetingConsortia } from '../hooks/use-meeting-consortia';
import { CommitteeBadges } from './CommitteeBadges';

/** `/committees`: standing and temporary committees of the user's consortia (`?consortium=&active=`). */
export function CommitteesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const consortia = useMeetingConsortia();
  const filter = useMemo<CommitteeFilter>(() => {
    const next: CommitteeFilter = {};
    const consortium = params.get('consortium');
    if (consortium) next.consortiumId = consortium;
    const active = params.get('active');
    if (active === 'yes' || active === 'no') next.active = active === 'yes';
    return next;
  }, [params]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(COMMITTEES_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('meetings.committees.title')}
        actions={
          consortia.managed.length > 0 ? (
            <Button component={Link} to="/committees/new" leftSection={<IconPlus size={16} aria-hidden />} data-testid="committee-create">
              {t('meetings.committees.create')}
            </Button>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {consortia.options.length > 1 ? (
          <FilterSelect param="consortium" label={t('meetings.list.consortium')} data={consortia.options} data-testid="filter-consortium" />
        ) : null}
        <FilterSelect
          param="active"
          label={t('meetings.committees.showActive')}
          data={[
            { value: 'yes', label: t('meetings.committees.active') },
            { value: 'no', label: t('meetings.committees.inactive') },
          ]}
          data-testid="filter-active"
        />
      </SimpleGrid>
      <PagedList
        result={(data ?? previousData)?.committees}
        error={error}
        loading={loading}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={<EmptyState title={t('meetings.committees.empty')} hint={t('meetings.committees.emptyHint')} />}
        renderItem={(committee) => (
          <Card key={committee.id} withBorder padding="md" data-testid="committee-row">
            <Stack gap={4}>
              <Text fw={600} component={Link} to={`/committees/${committee.id}`} c="inherit">
                <bdi>{pickLocalized(committee.name, locale)}</bdi>
              </Text>
              <CommitteeBadges committee={committee} />
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {pickLocalized(committee.consortium.name, locale)} · {t('meetings.committees.memberCount', { count: committee.members.length })}
                </Text>
              </Group>
            </Stack>
          </Card>
        )}
      />
    </Stack>
  );
}
