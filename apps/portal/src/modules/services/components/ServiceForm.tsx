import { Button, Checkbox, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import {
  APPLICANT_CATEGORY_LABELS,
  GENDER_LABELS,
  GUARANTEE_TYPE_LABELS,
  PROJECT_SIZE_LABELS,
  SERVICE_KIND_LABELS,
} from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { AmountRangeFields, GovernorateMultiSelect, IntegerField, LocalizedTextFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { enumOptions } from '../../../shared/utils/options';
import { validateServiceValues, type ServiceFormValues } from '../utils/service-form';

export interface ServiceFormProps {
  initialValues: ServiceFormValues;
  submitLabel: string;
  onSubmit: (values: ServiceFormValues) => Promise<void>;
  onCancel: () => void;
}

export function ServiceForm({ initialValues, submitLabel, onSubmit, onCancel }: ServiceFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, submit, generalError, formRef } = useApiForm({ initialValues, validate: validateServiceValues, onSubmit });

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="service-form">
      <Stack gap="md">

        <Fieldset legend={t('services.form.sectionGeneral')}>
          <Stack gap="sm">
            <LocalizedTextFields
              form={form}
              path="name"
              labelAr={t('services.form.nameAr')}
              labelEn={t('services.form.nameEn')}
              description={t('services.form.nameHint')}
              testIdPrefix="service-name"
            />
            <Select
              label={t('services.form.kind')}
              placeholder={t('services.form.kindPlaceholder')}
              data={enumOptions(SERVICE_KIND_LABELS, locale)}
              withAsterisk
              data-testid="service-kind"
              {...form.getInputProps('kind')}
            />
            <LocalizedTextFields
              form={form}
              path="description"
              labelAr={t('services.form.descriptionAr')}
              labelEn={t('services.form.descriptionEn')}
              multiline
              testIdPrefix="service-description"
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('services.form.sectionEligibility')}>
          <Stack gap="sm">
            <MultiSelect
              label={t('services.form.categories')}
              placeholder={t('services.form.categoriesPlaceholder')}
              data={enumOptions(APPLICANT_CATEGORY_LABELS, locale)}
              clearable
              data-testid="service-categories"
              {...form.getInputProps('categories')}
            />
            <GovernorateMultiSelect
              label={t('services.form.governorates')}
              placeholder={t('services.form.governoratesPlaceholder')}
              clearable
              data-testid="service-governorates"
              {...form.getInputProps('governorates')}
            />
            <Checkbox.Group label={t('services.form.projectSizes')} {...form.getInputProps('projectSizes')}>
              <Group gap="lg" mt={6}>
                {enumOptions(PROJECT_SIZE_LABELS, locale).map((option) => (
                  <Checkbox key={option.value} value={option.value} label={option.label} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <Select
                label={t('services.form.gender')}
                placeholder={t('services.form.genderAny')}
                data={enumOptions(GENDER_LABELS, locale)}
                clearable
                data-testid="service-gender"
                {...form.getInputProps('gender')}
              />
              <IntegerField form={form} path="minAge" label={t('services.form.minAge')} testId="service-min-age" />
              <IntegerField form={form} path="maxAge" label={t('services.form.maxAge')} testId="service-max-age" />
            </SimpleGrid>
            <Select
              label={t('services.form.guaranteeRequired')}
              data={enumOptions(GUARANTEE_TYPE_LABELS, locale)}
              withAsterisk
              allowDeselect={false}
              data-testid="service-guarantee"
              {...form.getInputProps('guaranteeRequired')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('services.form.sectionAmounts')}>
          <AmountRangeFields
            form={form}
            minPath="minAmount"
            maxPath="maxAmount"
            minLabel={t('services.form.minAmount')}
            maxLabel={t('services.form.maxAmount')}
            testId="service"
          />
        </Fieldset>

        <Fieldset legend={t('services.form.sectionCapacity')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <IntegerField form={form} path="capacity" label={t('services.form.capacity')} testId="service-capacity-input" required />
            <IntegerField form={form} path="decisionDays" label={t('services.form.decisionDays')} testId="service-decision-days" />
          </SimpleGrid>
        </Fieldset>

        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="service-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
