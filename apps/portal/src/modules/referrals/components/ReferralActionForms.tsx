import { Alert, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, Input } from '@mantine/core';
import { LIMITS } from '@shuraka/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDetailFieldsFragment } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { IntegerField, MoneyFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatMoney } from '../../../shared/utils/format';
import { toApiError } from '../../../shared/utils/api-errors';
import { useRecordReferralOutcome, useTransitionReferral } from '../hooks/use-referral-mutations';
import type { TransitionAction } from '../utils/referral-actions';
import { classifyReferralConflict, type ReferralConflict } from '../utils/referral-conflict';
import {
  DECLINE_REASONS,
  emptyTransitionValues,
  exceedsRequested,
  outcomeInput,
  validateOutcome,
  validateTransition,
  transitionInput,
  type OutcomeValues,
  type TransitionValues,
} from '../utils/referral-forms';

type Referral = Pick<ReferralDetailFieldsFragment, 'id' | 'version'>;

interface ActionFormProps {
  referral: Referral;
  onDone: (updated: ReferralDetailFieldsFragment) => void;
  /** The referral changed meanwhile, or the service is full: the page explains and reloads. */
  onConflict: (conflict: ReferralConflict) => void;
  onCancel: () => void;
}

/** Runs a mutation; a CONFLICT goes to the page, anything else stays on the form. */
async function withConflicts<T>(run: () => Promise<T>, expectedVersion: number, onConflict: (conflict: ReferralConflict) => void) {
  try {
    return await run();
  } catch (error) {
    const conflict = classifyReferralConflict(toApiError(error), expectedVersion);
    if (conflict) {
      onConflict(conflict);
      return undefined;
    }
    throw error;
  }
}

export function TransitionForm({ referral, action, onDone, onConflict, onCancel }: ActionFormProps & { action: TransitionAction }) {
  const { t } = useTranslation();
  const [transition] = useTransitionReferral();
  const { form, submit, generalError, formRef } = useApiForm<TransitionValues>({
    initialValues: emptyTransitionValues(),
    validate: (values) => validateTransition(action, values),
    onSubmit: async (values) => {
      const result = await withConflicts(
        () => transition({ variables: { input: transitionInput(referral, action, values) } }),
        referral.version,
        onConflict,
      );
      if (result?.data) onDone(result.data.transitionReferral);
    },
  });
  const declineReason = form.getValues().declineReason;
  const reasonLabel =
    action === 'WITHDRAW'
      ? t('referrals.form.withdrawReason')
      : action === 'DECLINE'
        ? declineReason === 'OTHER'
          ? t('referrals.form.declineDetailsOther')
          : t('referrals.form.declineDetails')
        : t('referrals.form.note');
  const reasonRequired = action === 'WITHDRAW' || (action === 'DECLINE' && declineReason === 'OTHER');

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="transition-form" data-action={action}>
      <Stack gap="sm">
        <Text size="sm">{t(`referrals.confirm.${action}`)}</Text>
        {action === 'DECLINE' ? (
          <Select
            label={t('referrals.form.declineReason')}
            placeholder={t('referrals.form.declineReasonPlaceholder')}
            data={DECLINE_REASONS.map((reason) => ({ value: reason, label: t(`referrals.declineReasons.${reason}`) }))}
            withAsterisk
            comboboxProps={{ withinPortal: false }}
            data-testid="decline-reason"
            {...form.getInputProps('declineReason')}
          />
        ) : null}
        <Textarea
          label={reasonLabel}
          withAsterisk={reasonRequired}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={LIMITS.noteMaxLength}
          data-testid="transition-reason"
          {...form.getInputProps('reason')}
        />
        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button
            type="submit"
            color={action === 'DECLINE' || action === 'WITHDRAW' ? 'red' : undefined}
            loading={form.submitting}
            data-testid="transition-submit"
          >
            {t(`referrals.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function OutcomeForm({
  referral,
  initialValues,
  onDone,
  onConflict,
  onCancel,
}: Omit<ActionFormProps, 'referral'> & {
  referral: Referral & { applicant: { requestedAmount?: { amount: string; currency: string } | null } };
  initialValues: OutcomeValues;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [recordOutcome] = useRecordReferralOutcome();
  // Set by "save anyway" just before its submit event; any other submit asks again.
  const aboveConfirmed = useRef(false);
  const [askAbove, setAskAbove] = useState(false);
  const requested = referral.applicant.requestedAmount;
  const { form, submit, generalError, formRef } = useApiForm<OutcomeValues>({
    initialValues,
    validate: validateOutcome,
    onSubmit: async (values) => {
      const confirmed = aboveConfirmed.current;
      aboveConfirmed.current = false;
      if (exceedsRequested(values.amountDisbursed, requested) && !confirmed) {
        setAskAbove(true);
        return;
      }
      setAskAbove(false);
      const result = await withConflicts(
        () => recordOutcome({ variables: { input: outcomeInput(referral, values) } }),
        referral.version,
        onConflict,
      );
      if (result?.data) onDone(result.data.recordReferralOutcome);
    },
  });
  const training = form.getInputProps('trainingCompleted');

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="outcome-form">
      <Stack gap="sm">
        <MoneyFields form={form} path="amountDisbursed" label={t('referrals.form.amountDisbursed')} testId="outcome-amount" />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <IntegerField form={form} path="jobsCreated" label={t('referrals.form.jobsCreated')} testId="outcome-jobs" />
          <Input.Wrapper label={t('referrals.form.trainingCompleted')} error={training.error}>
            <SegmentedControl
              fullWidth
              mt={4}
              value={training.value ?? 'unknown'}
              onChange={(value) => training.onChange(value === 'unknown' ? null : value)}
              data={[
                { value: 'yes', label: t('common.values.yes') },
                { value: 'no', label: t('common.values.no') },
                { value: 'unknown', label: t('referrals.form.trainingUnknown') },
              ]}
              data-testid="outcome-training"
            />
          </Input.Wrapper>
        </SimpleGrid>
        {askAbove && requested && exceedsRequested(form.getValues().amountDisbursed, requested) ? (
          <Alert color="orange" variant="light" role="alert" data-testid="outcome-above-requested">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('referrals.form.aboveRequested', {
                  requested: formatMoney(requested, locale),
                })}
              </Text>
              <Button
                type="submit"
                size="xs"
                color="orange"
                onClick={() => {
                  aboveConfirmed.current = true;
                }}
                data-testid="outcome-confirm-above"
              >
                {t('referrals.form.saveAnyway')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="outcome-submit">
            {t('referrals.form.saveOutcome')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
