import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { referElsewherePath, type DeclineDetails } from '../utils/decline';

export interface DeclineNoticeProps {
  details: DeclineDetails;
  /** With both, offers to refer the applicant elsewhere (not inside another link). */
  applicantId?: string;
  serviceId?: string;
}

/** A declined referral: why, in the partner's words, and the way on. */
export function DeclineNotice({ details, applicantId, serviceId }: DeclineNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('referrals.decline.title')} data-testid="decline-notice">
      <Stack gap={6}>
        {details.reason ? (
          <Text size="sm" fw={600} data-testid="decline-reason">
            {t(`referrals.declineReasons.${details.reason}`, { defaultValue: details.reason })}
          </Text>
        ) : null}
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="decline-explanation">
          {details.explanation ?? t('referrals.decline.noExplanation')}
        </Text>
        {applicantId && serviceId ? (
          <Button
            component={Link}
            to={referElsewherePath(applicantId, serviceId)}
            variant="light"
            size="sm"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
            data-testid="refer-elsewhere"
          >
            {t('referrals.decline.referElsewhere')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
