import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationPicker } from '../../organizations/components/OrganizationPicker';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { LocalizedTextFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { countryOptions } from '../../../shared/utils/options';
import { foldedOptionsFilter } from '../../../shared/utils/options-filter';
import { validateConsortiumValues, type ConsortiumFormValues } from '../utils/consortium-form';

export interface ConsortiumFormProps {
  mode: 'create' | 'edit';
  initialValues: ConsortiumFormValues;
  submitLabel: string;
  onSubmit: (values: ConsortiumFormValues) => Promise<void>;
  onCancel: () => void;
}

export function ConsortiumForm({ mode, initialValues, submitLabel, onSubmit, onCancel }: ConsortiumFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, submit, generalError, formRef } = useApiForm({
    initialValues,
    validate: (values: ConsortiumFormValues) => validateConsortiumValues(values, { creating: mode === 'create' }),
    onSubmit,
  });

  const lead = form.getInputProps('leadOrganizationId');

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="consortium-form">
      <Stack gap="md">
        <LocalizedTextFields
          form={form}
          path="name"
          labelAr={t('consortia.form.nameAr')}
          labelEn={t('consortia.form.nameEn')}
          description={t('consortia.form.nameHint')}
          testIdPrefix="consortium-name"
        />
        <Select
          label={t('consortia.form.country')}
          placeholder={t('consortia.form.countryPlaceholder')}
          data={countryOptions(locale)}
          searchable
          filter={foldedOptionsFilter}
          withAsterisk
          allowDeselect={false}
          data-testid="consortium-country"
          {...form.getInputProps('country')}
        />
        {mode === 'create' ? (
          <Stack gap={4}>
            <OrganizationPicker
              label={t('consortia.form.lead')}
              withAsterisk
              value={form.getValues().leadOrganizationId}
              onChange={(id) => form.setFieldValue('leadOrganizationId', id)}
              error={lead.error}
              data-testid="consortium-lead"
            />
            <Text size="xs" c="dimmed">
              {t('consortia.form.leadHint')}
            </Text>
          </Stack>
        ) : null}
        <LocalizedTextFields
          form={form}
          path="purpose"
          labelAr={t('consortia.form.purposeAr')}
          labelEn={t('consortia.form.purposeEn')}
          multiline
          testIdPrefix="consortium-purpose"
        />
        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="consortium-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
