import { SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { LocalizedText } from '@shuraka/domain';
import type { ReactNode } from 'react';

/** Arabic and English side by side (stacked on phones), each typed in its own direction. */
export function LocalizedInputs({
  labelAr,
  labelEn,
  value,
  onChange,
  error,
  testId,
  multiline = false,
}: {
  labelAr: string;
  labelEn: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  error?: ReactNode;
  testId: string;
  multiline?: boolean;
}) {
  const Input = multiline ? Textarea : TextInput;
  const extra = multiline ? { autosize: true, minRows: 2, maxRows: 6 } : {};
  return (
    <Stack gap={2}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Input
          label={labelAr}
          lang="ar"
          dir="rtl"
          value={value.ar ?? ''}
          error={error ? true : undefined}
          onChange={(event) => onChange({ ...value, ar: event.currentTarget.value })}
          data-testid={`${testId}-ar`}
          {...extra}
        />
        <Input
          label={labelEn}
          lang="en"
          dir="ltr"
          value={value.en ?? ''}
          error={error ? true : undefined}
          onChange={(event) => onChange({ ...value, en: event.currentTarget.value })}
          data-testid={`${testId}-en`}
          {...extra}
        />
      </SimpleGrid>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
