import type { MantineColor } from '@mantine/core';
import type { ReferralStatus } from '../../../gql/graphql';

/** The lifecycle's order, for tabs and counts. */
export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'SENT',
  'ACKNOWLEDGED',
  'ACCEPTED',
  'IN_SERVICE',
  'COMPLETED',
  'DECLINED',
  'WITHDRAWN',
  'EXPIRED',
];

/** One colour per status everywhere (badges, counts, timeline): waiting blue, going teal/green, closed grey/red. */
export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, MantineColor> = {
  SENT: 'blue',
  ACKNOWLEDGED: 'cyan',
  ACCEPTED: 'teal',
  IN_SERVICE: 'indigo',
  COMPLETED: 'green',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
  EXPIRED: 'orange',
};

/** Still in progress: a second referral to the same service is refused while one of these is open. */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = ['SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_SERVICE'];

export function isReferralStatus(value: string | null | undefined): value is ReferralStatus {
  return !!value && (REFERRAL_STATUSES as readonly string[]).includes(value);
}

export function isOpenReferral(status: ReferralStatus): boolean {
  return OPEN_REFERRAL_STATUSES.includes(status);
}
