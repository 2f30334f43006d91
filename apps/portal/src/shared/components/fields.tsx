import { Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea, type MultiSelectProps, type SelectProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LIMITS } from '@shuraka/domain';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/use-locale';
import { normalizeAmountInput, normalizeIntegerInput } from '../utils/digits';
import { currencyOptions, governorateOptions } from '../utils/options';
import { foldedOptionsFilter } from '../utils/options-filter';

// Mantine's form type is generic over the whole value tree; these helpers only address fields by path,
// so any form fits whatever its values are.
type AnyForm = Pick<UseFormReturnType<Record<string, unknown>>, 'getInputProps'>;

export interface LocalizedTextFieldsProps {
  form: AnyForm;
  /** Path of a LocalizedTextInput value, e.g. `name` or `branches.0.name`. */
  path: string;
  labelAr: string;
  labelEn: string;
  description?: string;
  multiline?: boolean;
  required?: boolean;
  testIdPrefix?: string;
}

/**
 * Arabic and English inputs side by side (stacked on phones). Each input keeps its own language and
 * direction whatever the interface language is.
 */
export function LocalizedTextFields({
  form,
  path,
  labelAr,
  labelEn,
  description,
  multiline = false,
  required = false,
  testIdPrefix,
}: LocalizedTextFieldsProps) {
  const Input = multiline ? Textarea : TextInput;
  const extra = multiline ? { autosize: true, minRows: 2, maxRows: 8 } : { maxLength: LIMITS.nameMaxLength };
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Input
        label={labelAr}
        lang="ar"
        dir="rtl"
        withAsterisk={required}
        data-testid={testIdPrefix ? `${testIdPrefix}-ar` : undefined}
        {...extra}
        {...form.getInputProps(`${path}.ar`)}
      />
      <Input
        label={labelEn}
        lang="en"
        dir="ltr"
        withAsterisk={required}
        data-testid={testIdPrefix ? `${testIdPrefix}-en` : undefined}
        {...extra}
        {...form.getInputProps(`${path}.en`)}
      />
      </SimpleGrid>
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Whole-number input that accepts Arabic-Indic digits and stores ASCII ones. */
export function IntegerField({ form, path, label, testId }: { form: AnyForm; path: string; label: string; testId?: string }) {
  const props = form.getInputProps(path);
  return (
    <TextInput
      label={label}
      inputMode="numeric"
      dir="ltr"
      data-testid={testId}
      {...props}
      onChange={(event: ChangeEvent<HTMLInputElement>) => props.onChange(normalizeIntegerInput(event.currentTarget.value))}
    />
  );
}

export interface MoneyFieldsProps {
  form: AnyForm;
  /** Path of a `{ amount, currency }` value. */
  path: string;
  label: string;
  testId?: string;
}

/** An amount (decimal string, never a float) and its currency. */
export function MoneyFields({ form, path, label, testId }: MoneyFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const amount = form.getInputProps(`${path}.amount`);
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        style={{ flex: 2 }}
        label={label}
        inputMode="decimal"
        dir="ltr"
        placeholder="0"
        data-testid={testId ? `${testId}-amount` : undefined}
        {...amount}
        onChange={(event: ChangeEvent<HTMLInputElement>) => amount.onChange(normalizeAmountInput(event.currentTarget.value))}
      />
      <Select
        style={{ flex: 1, minInlineSize: '7rem' }}
        label={t('services.form.currency')}
        data={currencyOptions(locale)}
        searchable
        clearable
        filter={foldedOptionsFilter}
        comboboxProps={{ width: 260, position: 'bottom-end' }}
        data-testid={testId ? `${testId}-currency` : undefined}
        {...form.getInputProps(`${path}.currency`)}
      />
    </Group>
  );
}

export function GovernorateSelect(props: Omit<SelectProps, 'data' | 'filter'>) {
  const locale = useLocale();
  return <Select data={governorateOptions(locale)} searchable filter={foldedOptionsFilter} {...props} />;
}

export function GovernorateMultiSelect(props: Omit<MultiSelectProps, 'data' | 'filter'>) {
  const locale = useLocale();
  return (
    <MultiSelect data={governorateOptions(locale)} searchable hidePickedOptions filter={foldedOptionsFilter} {...props} />
  );
}
