import { Text, Timeline } from '@mantine/core';
import { REFERRAL_STATUS_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import type { ReferralDetailFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDateTime } from '../../../shared/utils/format';
import { eventReason, isSystemUser } from '../utils/event-reason';
import { REFERRAL_STATUS_COLORS } from '../utils/referral-status';

type ReferralEvent = ReferralDetailFieldsFragment['history'][number];

function EventReasonText({ event }: { event: ReferralEvent }) {
  const { t } = useTranslation();
  const reason = eventReason(event);
  if (!reason) return null;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="history-reason">
      {reason.kind === 'system' ? t(`referrals.timeline.${reason.key}`) : reason.text}
    </Text>
  );
}

/** Every change, oldest first: what changed, who did it, when, and why. */
export function ReferralTimeline({ history }: { history: readonly ReferralEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();

  const titleOf = (event: ReferralEvent) => {
    if (!event.from) return t('referrals.timeline.created');
    if (event.from === event.to) return t('referrals.timeline.outcome');
    return t('referrals.timeline.change', {
      from: REFERRAL_STATUS_LABELS[event.from][locale],
      to: REFERRAL_STATUS_LABELS[event.to][locale],
    });
  };

  return (
    <Timeline active={history.length - 1} bulletSize={16} lineWidth={2} data-testid="referral-history">
      {history.map((event, index) => (
        <Timeline.Item
          key={`${event.at}:${index}`}
          color={REFERRAL_STATUS_COLORS[event.to]}
          title={
            <Text size="sm" fw={600} span data-testid="history-title">
              {titleOf(event)}
            </Text>
          }
          data-testid="history-event"
          data-to={event.to}
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at, locale)} ·{' '}
            {t('referrals.timeline.by', { name: isSystemUser(event.by) ? t('referrals.timeline.system') : event.by.displayName })}
          </Text>
          {event.declineReason ? (
            <Text size="sm" data-testid="history-decline-reason">
              {t(`referrals.declineReasons.${event.declineReason}`)}
            </Text>
          ) : null}
          <EventReasonText event={event} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
