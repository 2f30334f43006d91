import { Button, Group, SegmentedControl, Input, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS, RECOMMENDATION_STATUS_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetailFieldsFragment, RecommendationStatus } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { IntegerField } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { emptyProgressValues, progressInput, validateProgress, type ProgressValues } from '../utils/recommendation-forms';
import { moveNeedsReason, nextStatuses } from '../utils/recommendation-status';

export interface ProgressFormProps {
  recommendation: Pick<RecommendationDetailFieldsFragment, 'id' | 'status' | 'version'>;
  /** 'move': change the status (the note is its reason when one is needed); 'note': a note, optionally a percent. */
  mode: 'move' | 'note';
  /** Sends the update; a rejection is shown on the form (a CONFLICT is the caller's to handle, see RecommendationPage). */
  onSubmit: (input: ReturnType<typeof progressInput>) => Promise<void>;
  onCancel: () => void;
}

export function ProgressForm({ recommendation, mode, onSubmit, onCancel }: ProgressFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const from = recommendation.status;
  const targets = nextStatuses(from);
  const { form, submit, generalError, formRef } = useApiForm<ProgressValues>({
    initialValues: emptyProgressValues(mode === 'move' ? targets[0] : null),
    validate: (values) => validateProgress(from, values),
    onSubmit: (values) => onSubmit(progressInput(recommendation.version, from, values)),
  });
  const target = form.getValues().status;
  const needsReason = !!target && moveNeedsReason(from, target);
  const noteLabel = needsReason ? t('recommendations.move.reason') : mode === 'move' ? t('recommendations.move.noteOptional') : t('recommendations.move.note');
  const status = form.getInputProps('status');

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="progress-form" data-mode={mode}>
      <Stack gap="sm">
        {mode === 'move' ? (
          <Input.Wrapper label={t('recommendations.move.status')} error={status.error}>
            <SegmentedControl
              fullWidth
              mt={4}
              value={target ?? ''}
              onChange={(value) => status.onChange(value as RecommendationStatus)}
              data={targets.map((value) => ({ value, label: RECOMMENDATION_STATUS_LABELS[value][locale] }))}
              data-testid="progress-status"
            />
          </Input.Wrapper>
        ) : null}
        {needsReason ? (
          <Text size="xs" c="dimmed" data-testid="progress-reason-hint">
            {t('recommendations.move.reasonHint')}
          </Text>
        ) : null}
        <Textarea
          label={noteLabel}
          withAsterisk={needsReason}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={LIMITS.noteMaxLength}
          data-testid="progress-note-input"
          {...form.getInputProps('progressNote')}
        />
        <IntegerField form={form} path="percent" label={t('recommendations.move.percent')} testId="progress-percent-input" />
        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="progress-form-submit">
            {t('recommendations.move.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
