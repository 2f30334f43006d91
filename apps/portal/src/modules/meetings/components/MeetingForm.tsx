import '@mantine/dates/styles.css';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { LIMITS, MEETING_KIND_LABELS } from '@shuraka/domain';
import { IconArrowForwardUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/components/DateField';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { LocalizedTextFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { enumOptions, type Option } from '../../../shared/utils/options';
import { useCommitteeOptions } from '../hooks/use-meeting-consortia';
import { validateMeetingValues, type MeetingFormValues } from '../utils/meeting-form';
import { MarkdownField } from './MarkdownField';
import { PeopleEditor } from './PeopleEditor';

export interface MeetingFormProps {
  mode: 'create' | 'edit';
  initialValues: MeetingFormValues;
  /** Consortia the user may create meetings in (create mode). */
  consortia: Option[];
  /** The consortium's time zone, when known (edit mode), for the times' hint. */
  timeZone?: string | null;
  /** Shown above the form when the meeting follows a recommendation up. */
  followUpLabel?: string | null;
  submitLabel: string;
  onSubmit: (values: MeetingFormValues) => Promise<void>;
  onCancel: () => void;
}

export function MeetingForm({ mode, initialValues, consortia, timeZone, followUpLabel, submitLabel, onSubmit, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, submit, generalError, formRef } = useApiForm({
    initialValues,
    validate: validateMeetingValues,
    onSubmit,
  });
  const values = form.getValues();
  const committees = useCommitteeOptions(values.consortiumId);

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="meeting-form">
      <Stack gap="md">
        {followUpLabel ? (
          <Alert variant="light" color="teal" icon={<IconArrowForwardUp size={18} aria-hidden className="flip-rtl" />} data-testid="follow-up-note">
            <Text size="sm" fw={600}>
              {followUpLabel}
            </Text>
            <Text size="sm">{t('meetings.form.followUpNote')}</Text>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {mode === 'create' ? (
            <Select
              label={t('meetings.form.consortium')}
              data={consortia}
              withAsterisk
              allowDeselect={false}
              disabled={!!values.followUpOfRecommendationId}
              data-testid="meeting-consortium"
              {...form.getInputProps('consortiumId')}
              onChange={(value) => {
                form.setFieldValue('consortiumId', value);
                form.setFieldValue('committeeId', null);
              }}
            />
          ) : null}
          <Select
            label={t('meetings.form.kind')}
            data={enumOptions(MEETING_KIND_LABELS, locale)}
            withAsterisk
            allowDeselect={false}
            data-testid="meeting-kind"
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <LocalizedTextFields
          form={form}
          path="title"
          labelAr={t('meetings.form.titleAr')}
          labelEn={t('meetings.form.titleEn')}
          testIdPrefix="meeting-title"
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <DateField label={t('meetings.form.heldOn')} withAsterisk data-testid="meeting-held-on" {...form.getInputProps('heldOn')} />
          <TimeInput label={t('meetings.form.startsAt')} dir="ltr" data-testid="meeting-starts-at" {...form.getInputProps('startsAt')} />
          <TimeInput label={t('meetings.form.endsAt')} dir="ltr" data-testid="meeting-ends-at" {...form.getInputProps('endsAt')} />
        </SimpleGrid>
        {timeZone ? (
          <Text size="xs" c="dimmed" mt={-8}>
            {t('meetings.form.timeHint', { zone: timeZone })}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('meetings.form.location')} maxLength={LIMITS.nameMaxLength} data-testid="meeting-location" {...form.getInputProps('location')} />
          <Select
            label={t('meetings.form.committee')}
            placeholder={t('meetings.form.committeeNone')}
            data={committees.options}
            clearable
            disabled={!values.consortiumId}
            data-testid="meeting-committee"
            {...form.getInputProps('committeeId')}
          />
        </SimpleGrid>
        <PeopleEditor form={form} path="attendees" people={values.attendees} />
        <Text size="xs" c="dimmed">
          {t('meetings.form.markdownHint')}
        </Text>
        <MarkdownField label={t('meetings.form.agenda')} testId="meeting-agenda" {...form.getInputProps('agenda')} />
        <MarkdownField label={t('meetings.form.minutes')} testId="meeting-minutes" {...form.getInputProps('minutes')} />
        <MarkdownField label={t('meetings.form.decisions')} testId="meeting-decisions" {...form.getInputProps('decisions')} />
        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="meeting-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
