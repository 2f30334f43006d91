import { ActionIcon, Button, Card, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { LIMITS, ORGANIZATION_KIND_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { GovernorateMultiSelect, GovernorateSelect, LocalizedTextFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { enumOptions } from '../../../shared/utils/options';
import { branchesOutsideGovernorates, emptyBranch, validateOrganizationValues, type OrganizationFormValues } from '../utils/organization-form';

export interface OrganizationFormProps {
  initialValues: OrganizationFormValues;
  submitLabel: string;
  onSubmit: (values: OrganizationFormValues) => Promise<void>;
  onCancel: () => void;
}

export function OrganizationForm({ initialValues, submitLabel, onSubmit, onCancel }: OrganizationFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, submit, generalError, formRef } = useApiForm({ initialValues, validate: validateOrganizationValues, onSubmit });

  const branches = form.getValues().branches;
  const outside = new Set(branchesOutsideGovernorates(form.getValues()));

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="organization-form">
      <Stack gap="md">

        <Stack gap="sm">
          <LocalizedTextFields
            form={form}
            path="name"
            labelAr={t('organizations.form.nameAr')}
            labelEn={t('organizations.form.nameEn')}
            description={t('organizations.form.nameHint')}
            testIdPrefix="org-name"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('organizations.form.kind')}
              placeholder={t('organizations.form.kindPlaceholder')}
              data={enumOptions(ORGANIZATION_KIND_LABELS, locale)}
              withAsterisk
              data-testid="org-kind"
              {...form.getInputProps('kind')}
            />
            <GovernorateMultiSelect
              label={t('organizations.form.governorates')}
              placeholder={t('organizations.form.governoratesPlaceholder')}
              clearable
              data-testid="org-governorates"
              {...form.getInputProps('governorates')}
            />
          </SimpleGrid>
        </Stack>

        <Fieldset legend={t('organizations.form.branches')}>
          <Stack gap="sm">
            {branches.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('organizations.form.noBranches')}
              </Text>
            ) : null}
            {branches.map((_, index) => {
              const number = index + 1;
              return (
                <Card key={index} withBorder padding="sm" data-testid="branch-fields">
                  <Stack gap="xs">
                    <Group justify="space-between">
                      <Text fw={600} size="sm">
                        {t('organizations.form.branchTitle', { number })}
                      </Text>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => form.removeListItem('branches', index)}
                        aria-label={t('organizations.form.removeBranch', { number })}
                        data-testid={`branch-${index}-remove`}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                    <LocalizedTextFields
                      form={form}
                      path={`branches.${index}.name`}
                      labelAr={t('organizations.form.branchNameAr')}
                      labelEn={t('organizations.form.branchNameEn')}
                      testIdPrefix={`branch-${index}-name`}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      <GovernorateSelect
                        label={t('organizations.form.branchGovernorate')}
                        withAsterisk
                        data-testid={`branch-${index}-governorate`}
                        {...form.getInputProps(`branches.${index}.governorate`)}
                      />
                      <TextInput
                        label={t('organizations.form.district')}
                        maxLength={LIMITS.nameMaxLength}
                        data-testid={`branch-${index}-district`}
                        {...form.getInputProps(`branches.${index}.district`)}
                      />
                    </SimpleGrid>
                    {outside.has(index) ? (
                      <Text size="sm" c="orange.9" data-testid={`branch-${index}-governorate-warning`}>
                        {t('organizations.form.branchOutsideGovernorates')}
                      </Text>
                    ) : null}
                  </Stack>
                </Card>
              );
            })}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('branches', emptyBranch())}
                data-testid="org-add-branch"
              >
                {t('organizations.form.addBranch')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="org-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
