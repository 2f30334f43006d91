import { Card, Group, Stack, Text } from '@mantine/core';
import { pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralSummaryFieldsFragment } from '../../../gql/graphql';
import { DeclineNotice } from '../../referrals/components/DeclineNotice';
import { ReferralStatusBadge } from '../../referrals/components/ReferralStatusBadge';
import { declineDetails } from '../../referrals/utils/decline';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDay } from '../../../shared/utils/format';

/** The applicant's referrals, the latest change first, each opening the referral's page. */
export function ApplicantReferrals({ referrals, applicantId }: { referrals: readonly ReferralSummaryFieldsFragment[]; applicantId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (referrals.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="applicant-no-referrals">
        {t('applicants.page.noReferrals')}
      </Text>
    );
  }
  const sorted = [...referrals].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <Stack gap="xs" data-testid="applicant-referrals">
      {sorted.map((referral) => {
        const declined = declineDetails(referral);
        return (
        <Stack key={referral.id} gap={4}>
        <Card
          withBorder
          padding="sm"
          component={Link}
          to={`/referrals/${referral.id}`}
          style={{ textDecoration: 'none' }}
          data-testid="applicant-referral"
        >
          <Group justify="space-between" gap="xs" align="flex-start">
            <Stack gap={2} style={{ minInlineSize: 0, flex: '1 1 12rem' }}>
              <Text fw={600} size="sm">
                {t('applicants.page.referralTo', {
                  service: pickLocalized(referral.service.name, locale),
                  organization: pickLocalized(referral.organization.name, locale),
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('applicants.page.sentOn', { date: formatDay(referral.createdAt, locale) })}
              </Text>
            </Stack>
            <ReferralStatusBadge status={referral.status} />
          </Group>
        </Card>
        {declined ? <DeclineNotice details={declined} applicantId={applicantId} serviceId={referral.service.id} /> : null}
        </Stack>
        );
      })}
    </Stack>
  );
}
