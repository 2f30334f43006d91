import '@mantine/dates/styles.css';
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Anchor, Box, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { DatesProvider, MonthPickerInput } from '@mantine/dates';
import { LIMITS, pickLocalized } from '@shuraka/domain';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import 'dayjs/locale/ar';
import 'dayjs/locale/en';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeetingFilter } from '../../../gql/graphql';
import { ErrorState } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useUpdateSearchParams } from '../../../shared/hooks/use-update-search-params';
import { formatDate } from '../../../shared/utils/format';
import { withParam } from '../../../shared/utils/search-params';
import { CALENDAR_RECOMMENDATIONS_QUERY, MEETINGS_QUERY } from '../graphql/meetings.graphql';
import { dayOfMonth, formatMonth, weekdayName } from '../utils/meeting-display';
import { monthGrid, monthRange, parseMonth, placeOnDays, shiftMonth, weekdayOrder } from '../utils/month-grid';

/** One thing on a day: a meeting, or the due date of one of the user's recommendations. */
export interface CalendarItem {
  key: string;
  date: string;
  kind: 'meeting' | 'due';
  label: string;
  to: string;
  overdue: boolean;
}

/** Today in the browser's zone, `YYYY-MM-DD`. */
function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function currentMonth(): string {
  return localToday().slice(0, 7);
}

/** Yemen's week starts on Saturday, with Friday and Saturday off; English readers get Monday. */
function firstDayOfWeekFor(locale: string): number {
  return locale === 'ar' ? 6 : 1;
}

const MAX_PER_CELL = 3;

/** `/meetings?view=calendar&month=YYYY-MM`: a month grid with meetings and recommendation due dates on their days. */
export function MeetingsCalendar({ filter }: { filter: MeetingFilter }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const month = parseMonth(params.get('month')) ?? currentMonth();
  const setMonth = (next: string) => updateParams((current) => withParam(current, 'month', next));
  const range = monthRange(month);
  const firstDay = firstDayOfWeekFor(locale);
  const weeks = useMemo(() => monthGrid(month, firstDay), [month, firstDay]);

  const meetings = useQuery(MEETINGS_QUERY, {
    variables: { filter: { ...filter, from: weeks[0][0].date, to: weeks[weeks.length - 1][6].date }, first: LIMITS.pageSizeMax },
    fetchPolicy: 'cache-and-network',
  });
  const recommendations = useQuery(CALENDAR_RECOMMENDATIONS_QUERY, {
    variables: { filter: filter.consortiumId ? { consortiumId: filter.consortiumId } : {}, first: LIMITS.pageSizeMax },
    fetchPolicy: 'cache-and-network',
  });

  const items = useMemo<CalendarItem[]>(() => {
    const meetingItems = ((meetings.data ?? meetings.previousData)?.meetings.edges ?? []).map(({ node }) => ({
      key: `meeting:${node.id}`,
      date: node.heldOn,
      kind: 'meeting' as const,
      label: pickLocalized(node.title, locale),
      to: `/meetings/${node.id}`,
      overdue: false,
    }));
    const dueItems = ((recommendations.data ?? recommendations.previousData)?.recommendations.edges ?? [])
      // The user's own: those they manage or whose progress they report (their organisation owns them).
      .filter(({ node }) => node.dueOn && (node.canManage || node.canReport))
      .map(({ node }) => ({
        key: `due:${node.id}`,
        date: node.dueOn ?? '',
        kind: 'due' as const,
        label: t('meetings.calendar.due', { number: node.number }),
        to: `/recommendations/${node.id}`,
        overdue: node.overdue,
      }));
    return [...meetingItems, ...dueItems];
  }, [meetings.data, meetings.previousData, recommendations.data, recommendations.previousData, locale, t]);
  const byDay = useMemo(() => placeOnDays(weeks, items, (item) => item.date), [weeks, items]);
  const partial = (meetings.data?.meetings.pageInfo.hasNextPage ?? false) === true;

  return (
    <Stack gap="sm" data-testid="meetings-calendar">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon variant="default" size="lg" aria-label={t('meetings.calendar.previous')} onClick={() => setMonth(shiftMonth(month, -1))} data-testid="calendar-previous">
            <IconChevronLeft size={18} aria-hidden className="flip-rtl" />
          </ActionIcon>
          <Title order={2} size="h3" aria-live="polite" data-testid="calendar-month" style={{ minInlineSize: '9rem', textAlign: 'center' }}>
            {formatMonth(month, locale)}
          </Title>
          <ActionIcon variant="default" size="lg" aria-label={t('meetings.calendar.next')} onClick={() => setMonth(shiftMonth(month, 1))} data-testid="calendar-next">
            <IconChevronRight size={18} aria-hidden className="flip-rtl" />
          </ActionIcon>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button variant="subtle" size="xs" onClick={() => setMonth(currentMonth())}>
            {t('meetings.calendar.today')}
          </Button>
          <DatesProvider settings={{ locale }}>
            <MonthPickerInput
              aria-label={t('meetings.calendar.title')}
              value={range.from}
              onChange={(value) => value && setMonth(value.slice(0, 7))}
              valueFormat="MMMM YYYY"
              size="xs"
              w={150}
              popoverProps={{ withinPortal: true }}
              data-testid="calendar-month-picker"
            />
          </DatesProvider>
        </Group>
      </Group>

      {meetings.error && !meetings.data ? <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} /> : null}
      {partial ? (
        <Alert variant="light" color="yellow">
          {t('meetings.calendar.partial', { count: LIMITS.pageSizeMax })}
        </Alert>
      ) : null}

      <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
        <Box
          component="table"
          aria-busy={meetings.loading}
          className="meetings-calendar-grid"
          style={{ inlineSize: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
        >
          <caption>
            <VisuallyHidden>{formatMonth(month, locale)}</VisuallyHidden>
          </caption>
          <thead>
            <tr>
              {weekdayOrder(firstDay).map((weekday) => (
                <Box component="th" key={weekday} scope="col" p={4} fz="xs" c="dimmed" fw={600} bg="var(--mantine-color-gray-0)">
                  <abbr title={weekdayName(weekday, locale, 'long')} style={{ textDecoration: 'none' }}>
                    <Box component="span" hiddenFrom="sm">
                      {weekdayName(weekday, locale, 'narrow')}
                    </Box>
                    <Box component="span" visibleFrom="sm">
                      {weekdayName(weekday, locale, 'short')}
                    </Box>
                  </abbr>
                </Box>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0].date}>
                {week.map((day) => (
                  <DayCell key={day.date} date={day.date} inMonth={day.inMonth} items={byDay.get(day.date) ?? []} />
                ))}
              </tr>
            ))}
          </tbody>
        </Box>
      </Paper>

      <Group gap="md" fz="xs" c="dimmed">
        <Legend color="teal" label={t('meetings.calendar.legendMeeting')} />
        <Legend color="orange" label={t('meetings.calendar.legendDue')} />
        <Legend color="red" label={t('meetings.calendar.legendOverdue')} />
      </Group>

      <MonthAgenda weeks={weeks} byDay={byDay} />
    </Stack>
  );
}

function itemColor(item: CalendarItem): string {
  if (item.kind === 'meeting') return 'teal';
  return item.overdue ? 'red' : 'orange';
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Box w={10} h={10} style={{ borderRadius: 5, background: `var(--mantine-color-${color}-6)` }} aria-hidden />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

function DayCell({ date, inMonth, items }: { date: string; inMonth: boolean; items: CalendarItem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = date === localToday();
  return (
    <Box
      component="td"
      data-date={date}
      data-testid="calendar-day"
      p={4}
      style={{
        verticalAlign: 'top',
        blockSize: 'var(--calendar-cell-height)',
        border: '1px solid var(--mantine-color-gray-2)',
        background: inMonth ? undefined : 'var(--mantine-color-gray-0)',
      }}
    >
      <Text
        size="xs"
        fw={today ? 800 : 500}
        c={inMonth ? (today ? 'teal.8' : undefined) : 'dimmed'}
        aria-label={items.length > 0 ? t('meetings.calendar.dayEvents', { date: formatDate(date, locale), count: items.length }) : formatDate(date, locale)}
      >
        {dayOfMonth(date, locale)}
      </Text>
      {/* Phones: a dot per item (the list under the grid names them); wider screens: the names themselves. */}
      <Group gap={3} mt={2} hiddenFrom="sm" aria-hidden>
        {items.map((item) => (
          <Box key={item.key} w={8} h={8} style={{ borderRadius: 4, background: `var(--mantine-color-${itemColor(item)}-6)` }} />
        ))}
      </Group>
      <Stack gap={2} mt={2} visibleFrom="sm">
        {items.slice(0, MAX_PER_CELL).map((item) => (
          <Anchor
            key={item.key}
            component={Link}
            to={item.to}
            size="xs"
            lineClamp={2}
            data-testid={`calendar-${item.kind}`}
            px={4}
            style={{
              borderInlineStart: `3px solid var(--mantine-color-${itemColor(item)}-6)`,
              background: `var(--mantine-color-${itemColor(item)}-0)`,
              color: `var(--mantine-color-${itemColor(item)}-9)`,
              borderRadius: 2,
            }}
          >
            {item.label}
          </Anchor>
        ))}
        {items.length > MAX_PER_CELL ? (
          <Text size="xs" c="dimmed">
            {t('meetings.calendar.more', { count: items.length - MAX_PER_CELL })}
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}

/** The month's items day by day under the grid: on phones the only place they are named. */
function MonthAgenda({ weeks, byDay }: { weeks: ReturnType<typeof monthGrid>; byDay: Map<string, CalendarItem[]> }) {
  const locale = useLocale();
  const days = weeks.flat().filter((day) => day.inMonth && (byDay.get(day.date)?.length ?? 0) > 0);
  if (days.length === 0) return null;
  return (
    <Stack gap="xs" hiddenFrom="sm" data-testid="calendar-agenda">
      {days.map((day) => (
        <div key={day.date}>
          <Text size="sm" fw={600}>
            {formatDate(day.date, locale)}
          </Text>
          <Stack gap={2} ps="sm">
            {(byDay.get(day.date) ?? []).map((item) => (
              <Anchor key={item.key} component={Link} to={item.to} size="sm" c={`${itemColor(item)}.8`}>
                {item.label}
              </Anchor>
            ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
