import { useQuery } from '@apollo/client/react';
import { Button, Group, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { LIMITS, MEETING_KIND_LABELS, MeetingKind } from '@shuraka/domain';
import { IconCalendarShare, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeetingFilter } from '../../../gql/graphql';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedList } from '../../../shared/components/PagedList';
import { EmptyState } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { enumOptions } from '../../../shared/utils/options';
import { withParam } from '../../../shared/utils/search-params';
import { MEETINGS_QUERY } from '../graphql/meetings.graphql';
import { useCommitteeOptions, useMeetingConsortia } from '../hooks/use-meeting-consortia';
import { MeetingCard } from './MeetingCard';
import { MeetingsCalendar } from './MeetingsCalendar';

const KINDS = new Set<string>(Object.values(MeetingKind));

/** The filters in the URL (`?kind=&consortium=&committee=`), as the API's MeetingFilter. */
export function meetingFilterFromParams(params: URLSearchParams): MeetingFilter {
  const filter: MeetingFilter = {};
  const kind = params.get('kind');
  if (kind && KINDS.has(kind)) filter.kind = kind as MeetingKind;
  const consortium = params.get('consortium');
  if (consortium) filter.consortiumId = consortium;
  const committee = params.get('committee');
  if (committee) filter.committeeId = committee;
  return filter;
}

/** `/meetings`: the meetings of the user's consortia as a list or a month calendar. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const filter = useMemo(() => meetingFilterFromParams(params), [params]);
  const consortia = useMeetingConsortia();
  const committees = useCommitteeOptions(filter.consortiumId);
  const filtered = Object.keys(filter).length > 0;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('meetings.list.title')}
        actions={
          <>
            <Button component={Link} to="/committees" variant="default" leftSection={<IconUsersGroup size={16} aria-hidden />}>
              {t('meetings.list.committees')}
            </Button>
            <Button component={Link} to="/calendar" variant="default" leftSection={<IconCalendarShare size={16} aria-hidden />} data-testid="calendar-feed-link">
              {t('meetings.list.calendarFeed')}
            </Button>
            {consortia.managed.length > 0 ? (
              <Button component={Link} to="/meetings/new" leftSection={<IconPlus size={16} aria-hidden />} data-testid="meeting-create">
                {t('meetings.list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Group justify="space-between" align="flex-end" gap="sm">
        <SimpleGrid cols={{ base: 1, xs: consortia.options.length > 1 ? 3 : 2 }} spacing="sm" style={{ flex: '1 1 24rem' }}>
          <FilterSelect param="kind" label={t('meetings.list.kind')} data={enumOptions(MEETING_KIND_LABELS, locale)} data-testid="filter-kind" />
          {consortia.options.length > 1 ? (
            <FilterSelect param="consortium" label={t('meetings.list.consortium')} data={consortia.options} data-testid="filter-consortium" />
          ) : null}
          <FilterSelect param="committee" label={t('meetings.list.committee')} data={committees.options} data-testid="filter-committee" />
        </SimpleGrid>
        <SegmentedControl
          aria-label={t('meetings.list.view')}
          value={view}
          onChange={(next) => updateParams((current) => withParam(current, 'view', next === 'calendar' ? 'calendar' : null))}
          data={[
            { value: 'list', label: t('meetings.list.viewList') },
            { value: 'calendar', label: t('meetings.list.viewCalendar') },
          ]}
          data-testid="meetings-view"
        />
      </Group>
      {view === 'calendar' ? (
        <MeetingsCalendar filter={filter} />
      ) : (
        <MeetingList filter={filter} filtered={filtered} showConsortium={consortia.options.length > 1} />
      )}
    </Stack>
  );
}

function MeetingList({ filter, filtered, showConsortium }: { filter: MeetingFilter; filtered: boolean; showConsortium: boolean }) {
  const { t } = useTranslation();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MEETINGS_QUERY, {
    variables: { filter, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      result={(data ?? previousData)?.meetings}
      error={error}
      loading={loading}
      onRetry={() => void refetch()}
      onLoadMore={(after) => fetchMore({ variables: { after } })}
      empty={
        filtered ? (
          <EmptyState title={t('meetings.list.emptyFiltered')} />
        ) : (
          <EmptyState title={t('meetings.list.empty')} hint={t('meetings.list.emptyHint')} />
        )
      }
      renderItem={(meeting) => <MeetingCard key={meeting.id} meeting={meeting} showConsortium={showConsortium} />}
    />
  );
}
