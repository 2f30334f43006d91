import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { COMMITTEE_KIND_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/components/DateField';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { LocalizedTextFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { enumOptions, type Option } from '../../../shared/utils/options';
import { validateCommitteeValues, type CommitteeFormValues } from '../utils/committee-form';
import { PeopleEditor } from './PeopleEditor';

export interface CommitteeFormProps {
  mode: 'create' | 'edit';
  initialValues: CommitteeFormValues;
  consortia: Option[];
  submitLabel: string;
  onSubmit: (values: CommitteeFormValues) => Promise<void>;
  onCancel: () => void;
}

export function CommitteeForm({ mode, initialValues, consortia, submitLabel, onSubmit, onCancel }: CommitteeFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, submit, generalError, formRef } = useApiForm({ initialValues, validate: validateCommitteeValues, onSubmit });
  const values = form.getValues();

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="committee-form">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {mode === 'create' ? (
            <Select
              label={t('meetings.form.consortium')}
              data={consortia}
              withAsterisk
              allowDeselect={false}
              data-testid="committee-consortium"
              {...form.getInputProps('consortiumId')}
            />
          ) : null}
          <Select
            label={t('meetings.committees.form.kindLabel')}
            data={enumOptions(COMMITTEE_KIND_LABELS, locale)}
            withAsterisk
            allowDeselect={false}
            data-testid="committee-kind"
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <LocalizedTextFields
          form={form}
          path="name"
          labelAr={t('meetings.committees.form.nameAr')}
          labelEn={t('meetings.committees.form.nameEn')}
          testIdPrefix="committee-name"
        />
        <LocalizedTextFields
          form={form}
          path="mandate"
          labelAr={t('meetings.committees.form.mandateAr')}
          labelEn={t('meetings.committees.form.mandateEn')}
          multiline
          testIdPrefix="committee-mandate"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label={t('meetings.committees.startsOn')} data-testid="committee-starts-on" {...form.getInputProps('startsOn')} />
          <DateField
            label={t('meetings.committees.endsOn')}
            withAsterisk={values.kind === 'TEMPORARY'}
            description={values.kind === 'TEMPORARY' ? t('meetings.committees.form.endsOnHint') : undefined}
            data-testid="committee-ends-on"
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        <PeopleEditor form={form} path="members" people={values.members} />
        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="committee-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
