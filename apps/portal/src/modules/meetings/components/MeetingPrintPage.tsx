import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Text } from '@mantine/core';
import { MEETING_KIND_LABELS, RECOMMENDATION_STATUS_LABELS, pickLocalized } from '@shuraka/domain';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryFailure } from '../../../shared/components/QueryFailure';
import { PageLoader } from '../../../shared/components/states';
import { useLocale } from '../../../shared/hooks/use-locale';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formatDate, formatList } from '../../../shared/utils/format';
import { MEETING_PRINT_QUERY } from '../graphql/meetings.graphql';
import { meetingTimeRange, timeZoneName } from '../utils/meeting-display';
import { AttendeesTable } from './AttendeesTable';
import { Markdown } from './Markdown';
import './meeting-print.css';

/**
 * `/meetings/:id/print`: outside the shell (no navigation), in the interface language and its direction,
 * so that Arabic prints right to left. The browser's print dialog makes the paper or the PDF.
 */
export function MeetingPrintPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.print.pageTitle'));
  const locale = useLocale();
  const { id = '' } = useParams();
  // A printed record must be the server's current one, not what this tab cached earlier.
  const { data, error, refetch } = useQuery(MEETING_PRINT_QUERY, { variables: { id }, fetchPolicy: 'network-only' });

  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const meeting = data.meeting;
  const time = meetingTimeRange(meeting.startsAt, meeting.endsAt);
  const recommendations = [...meeting.recommendations].sort((a, b) => a.number - b.number);

  return (
    <div className="meeting-print" dir={locale === 'ar' ? 'rtl' : 'ltr'} lang={locale} data-testid="meeting-print">
      <div className="toolbar">
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()} data-testid="print-now">
          {t('meetings.print.print')}
        </Button>
        <Anchor component={Link} to={`/meetings/${meeting.id}`}>
          <IconArrowLeft size={14} aria-hidden className="flip-rtl" />{' '}
          {t('meetings.print.back')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('meetings.print.hint')}
        </Text>
      </div>

      <article>
        <header>
          <h1 data-testid="print-title">{pickLocalized(meeting.title, locale)}</h1>
          <dl className="meta">
            <dt>{t('meetings.form.kind')}</dt>
            <dd>{MEETING_KIND_LABELS[meeting.kind][locale]}</dd>
            <dt>{t('meetings.page.when')}</dt>
            <dd>{formatDate(meeting.heldOn, locale)}</dd>
            {time ? (
              <>
                <dt>{t('meetings.page.time')}</dt>
                <dd>
                  <bdi dir="ltr" className="ltr-value">{time}</bdi> ({t('meetings.page.timeZone', { zone: timeZoneName(meeting.consortium.timeZone, locale) })})
                </dd>
              </>
            ) : null}
            {meeting.location ? (
              <>
                <dt>{t('meetings.page.place')}</dt>
                <dd>
                  <bdi>{meeting.location}</bdi>
                </dd>
              </>
            ) : null}
            <dt>{t('meetings.page.consortium')}</dt>
            <dd>{pickLocalized(meeting.consortium.name, locale)}</dd>
            {meeting.committee ? (
              <>
                <dt>{t('meetings.page.committee')}</dt>
                <dd>{pickLocalized(meeting.committee.name, locale)}</dd>
              </>
            ) : null}
          </dl>
        </header>

        <section data-testid="print-attendees">
          <h2>{t('meetings.attendees.title')}</h2>
          <AttendeesTable people={meeting.attendees} empty={t('meetings.attendees.none')} print />
        </section>

        {(['agenda', 'minutes', 'decisions'] as const).map((field) =>
          meeting[field]?.trim() ? (
            <section key={field} data-testid={`print-${field}`}>
              <h2>{t(`meetings.page.${field}`)}</h2>
              <Markdown source={meeting[field] ?? ''} />
            </section>
          ) : null,
        )}

        <section data-testid="print-recommendations">
          <h2>{t('meetings.print.recommendations')}</h2>
          {recommendations.length === 0 ? (
            <p>{t('meetings.print.noRecommendations')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('meetings.print.number')}</th>
                  <th>{t('meetings.print.text')}</th>
                  <th>{t('meetings.print.owners')}</th>
                  <th>{t('meetings.print.dueOn')}</th>
                  <th>{t('meetings.print.status')}</th>
                </tr>
              </thead>
              <tbody>
                {recommendations.map((recommendation) => (
                  <tr key={recommendation.id} data-testid="print-recommendation">
                    <td className="number">{recommendation.number}</td>
                    <td>
                      <bdi>{pickLocalized(recommendation.text, locale)}</bdi>
                    </td>
                    <td>
                      {recommendation.owners.length > 0
                        ? formatList(
                            recommendation.owners.map((owner) => pickLocalized(owner.name, locale)),
                            locale,
                          )
                        : t('meetings.print.noOwners')}
                    </td>
                    <td>{recommendation.dueOn ? formatDate(recommendation.dueOn, locale) : t('meetings.print.noOwners')}</td>
                    <td>
                      {RECOMMENDATION_STATUS_LABELS[recommendation.status][locale]}
                      {recommendation.overdue ? ` · ${t('meetings.recommendation.overdue')}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <p className="printed-on">{t('meetings.print.printedOn', { date: formatDate(new Date().toISOString(), locale) })}</p>
      </article>
    </div>
  );
}
