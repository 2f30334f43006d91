import { Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea, type MultiSelectProps, type SelectProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LIMITS, normalizeSearchText } from '@shuraka/domain';
import { useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/use-locale';
import { normalizeAmountInput, normalizeIntegerInput } from '../utils/digits';
import { currencyOptions, governorateOptions } from '../utils/options';
import { foldedOptionsFilter } from '../utils/options-filter';

// Mantine's form type is generic over the whole value tree; these helpers only address fields by path,
// so any form fits whatever its values are.
type AnyForm = Pick<UseFormReturnType<Record<string, unknown>>, 'getInputProps'>;
/** Method syntax: any form's typed setFieldValue fits (checked bivariantly). */
interface SetsFields {
  setFieldValue(path: string, value: unknown): void;
}

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
export function IntegerField({
  form,
  path,
  label,
  testId,
  required = false,
}: {
  form: AnyForm;
  path: string;
  label: string;
  testId?: string;
  required?: boolean;
}) {
  const props = form.getInputProps(path);
  return (
    <TextInput
      label={label}
      withAsterisk={required}
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
      <CurrencySelect
        style={{ flex: 1, minInlineSize: '6rem' }}
        label={t('services.form.currency')}
        data-testid={testId ? `${testId}-currency` : undefined}
        {...form.getInputProps(`${path}.currency`)}
      />
    </Group>
  );
}

/**
 * A currency picker that fits a phone: closed it shows the code (`YER`), open each option also names the
 * currency in the reader's language (`YER · ريال يمني`), and typing either finds it.
 */
export function CurrencySelect(props: Omit<SelectProps, 'data' | 'filter' | 'renderOption'>) {
  const locale = useLocale();
  const names = useMemo(() => new Map(currencyOptions(locale).map((option) => [option.value, option.label])), [locale]);
  const data = useMemo(() => [...names.keys()].map((code) => ({ value: code, label: code })), [names]);
  return (
    <Select
      data={data}
      searchable
      clearable
      comboboxProps={{ width: 260, position: 'bottom-end' }}
      renderOption={({ option }) => <span data-testid="currency-option">{names.get(option.value) ?? option.value}</span>}
      filter={({ options, search, limit }) => {
        const needle = normalizeSearchText(search);
        return options
          .filter((option) => !needle || ('value' in option && normalizeSearchText(names.get(option.value) ?? option.value).includes(needle)))
          .slice(0, limit);
      }}
      {...props}
    />
  );
}

export interface AmountRangeFieldsProps {
  form: AnyForm & SetsFields;
  /** Paths of two `{ amount, currency }` values that share one currency. */
  minPath: string;
  maxPath: string;
  minLabel: string;
  maxLabel: string;
  testId?: string;
}

/** A minimum and a maximum amount in one currency: one picker sets the currency of both. */
export function AmountRangeFields({ form, minPath, maxPath, minLabel, maxLabel, testId }: AmountRangeFieldsProps) {
  const { t } = useTranslation();
  const min = form.getInputProps(`${minPath}.amount`);
  const max = form.getInputProps(`${maxPath}.amount`);
  const minCurrency = form.getInputProps(`${minPath}.currency`);
  const maxCurrency = form.getInputProps(`${maxPath}.currency`);
  const amountInput = (props: typeof min, label: string, id: string | undefined) => (
    <TextInput
      label={label}
      inputMode="decimal"
      dir="ltr"
      placeholder="0"
      data-testid={id}
      {...props}
      onChange={(event: ChangeEvent<HTMLInputElement>) => props.onChange(normalizeAmountInput(event.currentTarget.value))}
    />
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
      {amountInput(min, minLabel, testId ? `${testId}-min-amount-amount` : undefined)}
      {amountInput(max, maxLabel, testId ? `${testId}-max-amount-amount` : undefined)}
      <CurrencySelect
        label={t('services.form.currency')}
        value={(minCurrency.value as string | null) || (maxCurrency.value as string | null) || null}
        error={minCurrency.error ?? maxCurrency.error}
        onChange={(value) => {
          form.setFieldValue(`${minPath}.currency`, value);
          form.setFieldValue(`${maxPath}.currency`, value);
        }}
        data-testid={testId ? `${testId}-amount-currency` : undefined}
      />
    </SimpleGrid>
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
