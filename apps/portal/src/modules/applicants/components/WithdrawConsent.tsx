import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { LIMITS } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useLocale } from '../../../shared/hooks/use-locale';
import { useNotify } from '../../../shared/hooks/use-notify';
import { toApiError, type ApiError } from '../../../shared/utils/api-errors';
import { formatDateTime } from '../../../shared/utils/format';
import { useWithdrawApplicantConsent } from '../hooks/use-applicant-mutations';

export interface ConsentState {
  id: string;
  version: number;
  consentWithdrawnAt?: string | null;
  consentWithdrawalReason?: string | null;
}

/** The applicant's consent withdrawn: when, and why when the reader may know. */
export function ConsentWithdrawnNotice({ applicant }: { applicant: ConsentState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!applicant.consentWithdrawnAt) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('applicants.page.consentWithdrawnTitle')}
      data-testid="applicant-consent-withdrawn"
    >
      <Stack gap={4}>
        <Text size="sm">{t('applicants.page.consentWithdrawnText', { date: formatDateTime(applicant.consentWithdrawnAt, locale) })}</Text>
        {applicant.consentWithdrawalReason ? (
          <Text size="sm">{t('applicants.page.consentWithdrawnReason', { reason: applicant.consentWithdrawalReason })}</Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** A button opening a confirmation that asks the reason, then records the withdrawal. */
export function WithdrawConsentButton({ applicant }: { applicant: ConsentState }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const phone = useMediaQuery('(max-width: 36em)');
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [withdraw, { loading }] = useWithdrawApplicantConsent();

  const confirm = async () => {
    if (!reason.trim()) {
      setReasonError(t('applicants.withdrawConsent.reasonRequired'));
      return;
    }
    setFailure(null);
    try {
      await withdraw({ variables: { input: { applicantId: applicant.id, expectedVersion: applicant.version, reason: reason.trim() } } });
      notify.success(t('applicants.withdrawConsent.done'));
      close();
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  return (
    <>
      <Button variant="outline" color="red" onClick={open} data-testid="applicant-withdraw-consent">
        {t('applicants.withdrawConsent.action')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('applicants.withdrawConsent.title')} fullScreen={phone} centered>
        <Stack gap="sm">
          <Text size="sm">{t('applicants.withdrawConsent.text')}</Text>
          <Textarea
            label={t('applicants.withdrawConsent.reason')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={LIMITS.nameMaxLength}
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
            data-testid="applicant-withdraw-reason"
          />
          <FormErrorAlert error={failure} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.actions.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()} data-testid="applicant-withdraw-confirm">
              {t('applicants.withdrawConsent.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
