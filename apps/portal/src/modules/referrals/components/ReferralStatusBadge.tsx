import { Badge, type BadgeProps } from '@mantine/core';
import { REFERRAL_STATUS_LABELS } from '@shuraka/domain';
import type { ReferralStatus } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { REFERRAL_STATUS_COLORS } from '../utils/referral-status';

export function ReferralStatusBadge({ status, ...props }: { status: ReferralStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const locale = useLocale();
  return (
    <Badge variant="light" color={REFERRAL_STATUS_COLORS[status]} data-testid="referral-status" data-status={status} {...props}>
      {REFERRAL_STATUS_LABELS[status][locale]}
    </Badge>
  );
}
