import { Badge, Group } from '@mantine/core';
import { REFERRAL_STATUS_LABELS, SERVICE_KIND_LABELS, type ReferralStatus as DomainStatus, type ServiceKind } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { REFERRAL_STATUS_COLORS } from '../../referrals/utils/referral-status';

export interface OpenReferralChip {
  id: string;
  status: ReferralStatus;
  service: { kind: ServiceKind | `${ServiceKind}` };
}

/** The applicant's open referrals, kind and status: a second service of a kind is not planned for them. */
export function OpenReferralChips({ referrals }: { referrals: readonly OpenReferralChip[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (referrals.length === 0) return null;
  return (
    <Group gap={4} aria-label={t('allocation.openReferrals')} data-testid="open-referral-chips">
      {referrals.map((referral) => (
        <Badge key={referral.id} size="sm" variant="light" color={REFERRAL_STATUS_COLORS[referral.status]} data-testid="open-referral-chip" data-kind={referral.service.kind}>
          {SERVICE_KIND_LABELS[referral.service.kind as ServiceKind][locale]} · {REFERRAL_STATUS_LABELS[referral.status as DomainStatus][locale]}
        </Badge>
      ))}
    </Group>
  );
}
