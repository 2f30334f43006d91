import { Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { LIMITS } from '@shuraka/domain';

export interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Keeps the label for screen readers only (where the context already says what is searched). */
  hideLabel?: boolean;
  /** Shows a small spinner while a search is under way. */
  busy?: boolean;
  'data-testid'?: string;
}

/** The search box of the list pages: icon, spinner while searching, the API's length limit. */
export function SearchField({ label, placeholder, value, onChange, hideLabel = false, busy = false, 'data-testid': testId }: SearchFieldProps) {
  return (
    <TextInput
      type="search"
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={busy ? <Loader size="xs" /> : null}
      maxLength={LIMITS.nameMaxLength}
      data-testid={testId}
    />
  );
}
