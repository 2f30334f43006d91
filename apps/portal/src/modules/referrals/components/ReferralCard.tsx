import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { APPLICANT_CATEGORY_LABELS, pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralsQuery } from '../../../gql/graphql';
import { LocalizedName } from '../../../shared/components/LocalizedName';
import { PartSeparator } from '../../../shared/components/PartSeparator';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDay } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';
import { declineDetails } from '../utils/decline';
import { DeclineNotice } from './DeclineNotice';
import { ReferralStatusBadge } from './ReferralStatusBadge';

export type ReferralListItem = ReferralsQuery['referrals']['edges'][number]['node'];

/** A referral in the inbox: who, for which service, when, and where it stands. */
export function ReferralCard({ referral, showPartner }: { referral: ReferralListItem; showPartner: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { applicant } = referral;
  const declined = declineDetails(referral);
  return (
    <Card
      withBorder
      padding="md"
      component={Link}
      to={`/referrals/${referral.id}`}
      style={{ textDecoration: 'none' }}
      data-testid="referral-row"
      data-status={referral.status}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} size="lg" style={{ minInlineSize: 0, flex: '1 1 12rem' }} data-testid="referral-applicant">
            <bdi>{applicant.fullName}</bdi>
          </Text>
          <PartSeparator />
          <ReferralStatusBadge status={referral.status} style={{ flexShrink: 0 }} />
          <PartSeparator />
        </Group>
        <Group gap={6}>
          <Badge variant="light" size="sm">
            {APPLICANT_CATEGORY_LABELS[applicant.category][locale]}
          </Badge>
          <PartSeparator />
          <Badge variant="outline" color="gray" size="sm">
            {governorateName(applicant.governorate, locale)}
          </Badge>
          <PartSeparator />
        </Group>
        <LocalizedName text={referral.service.name} size="sm" fw={600} component="div" />
        <PartSeparator />
        {showPartner ? (
          <>
            <Text size="sm" c="dimmed">
              {t('referrals.list.to', { name: pickLocalized(referral.organization.name, locale) })}
            </Text>
            <PartSeparator />
          </>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('referrals.list.sentOn', { date: formatDay(referral.createdAt, locale) })}
        </Text>
        {declined ? <DeclineNotice details={declined} /> : null}
      </Stack>
    </Card>
  );
}
