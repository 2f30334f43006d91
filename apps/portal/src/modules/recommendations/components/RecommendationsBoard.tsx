import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, ScrollArea, SegmentedControl, SimpleGrid, Stack, Switch, Text, Title, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { LIMITS, RECOMMENDATION_STATUS_LABELS, pickLocalized } from '@shuraka/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RecommendationFilter, RecommendationStatus } from '../../../gql/graphql';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PartSeparator } from '../../../shared/components/PartSeparator';
import { EmptyState, ErrorState, ListSkeleton } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { formatDate, formatNumber } from '../../../shared/utils/format';
import { withParam } from '../../../shared/utils/search-params';
import { OrganizationPicker } from '../../organizations/components/OrganizationPicker';
import { RECOMMENDATIONS_QUERY, RECOMMENDATION_FILTER_OPTIONS } from '../graphql/recommendations.graphql';
import { boardFilterFromParams } from '../utils/board-filter';
import { RECOMMENDATION_STATUS_COLORS, isRecommendationStatus } from '../utils/recommendation-status';
import { RecommendationCard } from './RecommendationCard';

/** One column of the board: its own query, so each status has its count and pages on its own. */
function useColumn(filter: RecommendationFilter, status: RecommendationStatus) {
  const query = useQuery(RECOMMENDATIONS_QUERY, {
    variables: { filter: { ...filter, status }, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  return { status, query, result: (query.data ?? query.previousData)?.recommendations };
}

type Column = ReturnType<typeof useColumn>;

/** The recommendations by status (columns on a desktop, one status at a time on a phone), with filters and counts. */
export function RecommendationsBoard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const filter = useMemo(() => boardFilterFromParams(params), [params]);
  const wide = useMediaQuery(`(min-width: ${em(992)})`, true, { getInitialValueInEffect: false });
  const setParam = (key: string, value: string | null) => updateParams((current) => withParam(current, key, value));

  const columns: Column[] = [
    useColumn(filter, 'OPEN'),
    useColumn(filter, 'IN_PROGRESS'),
    useColumn(filter, 'DONE'),
    useColumn(filter, 'DROPPED'),
  ];
  const options = useQuery(RECOMMENDATION_FILTER_OPTIONS, {
    variables: { meetingFilter: filter.consortiumId ? { consortiumId: filter.consortiumId } : {} },
  });
  const optionsData = options.data ?? options.previousData;
  const consortia = (optionsData?.consortia.edges ?? []).map(({ node }) => ({ value: node.id, label: pickLocalized(node.name, locale) }));
  const meetings = (optionsData?.meetings.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${pickLocalized(node.title, locale)} · ${formatDate(node.heldOn, locale)}`,
  }));
  const total = columns.every((column) => column.result) ? columns.reduce((sum, column) => sum + (column.result?.totalCount ?? 0), 0) : null;
  const statusParam = params.get('status');
  const shownStatus: RecommendationStatus = isRecommendationStatus(statusParam) ? statusParam : 'OPEN';

  return (
    <Stack gap="md">
      <PageHeader
        title={t('recommendations.board.title')}
        subtitle={
          <Text size="sm" c="dimmed">
            {t('recommendations.board.subtitle')}
          </Text>
        }
        actions={
          total !== null ? (
            <Badge size="lg" variant="light" tt="none" data-testid="recommendations-total">
              {t('recommendations.board.total', { n: formatNumber(total, locale) })}
            </Badge>
          ) : undefined
        }
      />

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" role="search">
        {consortia.length > 1 ? (
          <FilterSelect param="consortium" label={t('recommendations.board.filters.consortium')} data={consortia} data-testid="board-filter-consortium" />
        ) : null}
        <OrganizationPicker
          label={t('recommendations.board.filters.owner')}
          placeholder={t('common.filters.all')}
          value={filter.ownerOrganizationId ?? null}
          valueLabel={ownerName(columns, filter.ownerOrganizationId, locale)}
          onChange={(id) => setParam('owner', id)}
          data-testid="board-filter-owner"
        />
        <FilterSelect param="meeting" label={t('recommendations.board.filters.meeting')} data={meetings} searchable data-testid="board-filter-meeting" />
        <Switch
          label={t('recommendations.board.filters.overdue')}
          checked={filter.overdue === true}
          onChange={(event) => setParam('overdue', event.currentTarget.checked ? '1' : null)}
          mt={{ base: 0, xs: 30 }}
          color="red"
          data-testid="board-filter-overdue"
        />
      </SimpleGrid>

      {wide ? (
        <SimpleGrid cols={4} spacing="sm" data-testid="recommendation-board">
          {columns.map((column) => (
            <BoardColumn key={column.status} column={column} />
          ))}
        </SimpleGrid>
      ) : (
        <Stack gap="sm" data-testid="recommendation-board">
          <ScrollArea type="never">
            <SegmentedControl
              value={shownStatus}
              onChange={(value) => setParam('status', value)}
              aria-label={t('recommendations.board.statusTabs')}
              data={columns.map((column) => ({
                value: column.status,
                label: `${RECOMMENDATION_STATUS_LABELS[column.status][locale]} (${formatNumber(column.result?.totalCount ?? 0, locale)})`,
              }))}
              data-testid="board-status-tabs"
            />
          </ScrollArea>
          <BoardColumn column={columns.find((column) => column.status === shownStatus) ?? columns[0]!} bare />
        </Stack>
      )}
    </Stack>
  );
}

/** The owner's name for the picker when it came from the URL: found on a loaded recommendation. */
function ownerName(columns: Column[], ownerId: string | null | undefined, locale: 'ar' | 'en'): string | undefined {
  if (!ownerId) return undefined;
  for (const column of columns) {
    for (const { node } of column.result?.edges ?? []) {
      const owner = node.owners.find((candidate) => candidate.id === ownerId);
      if (owner) return pickLocalized(owner.name, locale);
    }
  }
  return undefined;
}

function BoardColumn({ column, bare = false }: { column: Column; bare?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const { status, query, result } = column;
  const body = (
    <Stack gap="xs" aria-busy={query.loading}>
      {query.error && !result ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !result ? (
        <ListSkeleton rows={2} />
      ) : result.edges.length === 0 ? (
        bare ? (
          <EmptyState title={t('recommendations.board.empty')} />
        ) : (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('recommendations.board.columnEmpty')}
          </Text>
        )
      ) : (
        result.edges.map(({ node }) => <RecommendationCard key={node.id} recommendation={node} showMeeting compact hideStatus />)
      )}
      {result?.pageInfo.hasNextPage ? (
        <Button
          variant="subtle"
          size="xs"
          loading={query.loading}
          onClick={() => void query.fetchMore({ variables: { after: result.pageInfo.endCursor } }).catch(notify.failure)}
          data-testid="board-load-more"
        >
          {t('common.actions.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
  if (bare) return <div data-testid={`board-column-${status}`}>{body}</div>;
  return (
    <Card withBorder padding="sm" bg="gray.0" component="section" aria-labelledby={`board-column-${status}-title`} data-testid={`board-column-${status}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={2} size="h5" id={`board-column-${status}-title`}>
            {RECOMMENDATION_STATUS_LABELS[status][locale]}
          </Title>
          <PartSeparator />
          <Badge variant="light" color={RECOMMENDATION_STATUS_COLORS[status]} data-testid="board-column-count">
            {formatNumber(result?.totalCount ?? 0, locale)}
          </Badge>
        </Group>
        {body}
      </Stack>
    </Card>
  );
}
