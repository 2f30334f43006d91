import { useQuery } from '@apollo/client/react';
import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { pickLocalized } from '@shuraka/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { Option } from '../../../shared/utils/options';
import { ORGANIZATION_OPTIONS_QUERY } from '../graphql/organizations.graphql';

const PICKER_PAGE_SIZE = 20;

export interface OrganizationPickerProps extends Omit<SelectProps, 'data' | 'onChange' | 'value' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Organisations that cannot be picked (already members). */
  exclude?: readonly string[];
  /** Label of the current value when it is not among the results (editing an existing choice). */
  initialOption?: Option;
  /** Label to show for a value that came from elsewhere (a shared link) and is not among the results. */
  valueLabel?: string;
}

/** Searches organisations on the server (Arabic-aware there) as the user types. */
export function OrganizationPicker({ value, onChange, exclude = [], initialOption, valueLabel, ...props }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Option | undefined>(initialOption);
  const [debouncedSearch] = useDebouncedValue(search, 300);
  // Once an option is picked the box shows its label; searching for that label again adds nothing.
  const searchText = selected && debouncedSearch === selected.label ? '' : debouncedSearch.trim();

  const { data, previousData, loading } = useQuery(ORGANIZATION_OPTIONS_QUERY, {
    variables: { filter: searchText ? { search: searchText } : {}, first: PICKER_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });

  const options = useMemo(() => {
    const found = ((data ?? previousData)?.organizations.edges ?? [])
      .filter(({ node }) => !exclude.includes(node.id))
      .map(({ node }) => ({ value: node.id, label: pickLocalized(node.name, locale) }));
    const current = selected?.value === value ? selected : value && valueLabel ? { value, label: valueLabel } : undefined;
    if (current && !found.some((option) => option.value === current.value)) found.unshift(current);
    return found;
  }, [data, previousData, exclude, locale, selected, value, valueLabel]);

  return (
    <Select
      label={t('organizations.picker.label')}
      placeholder={t('organizations.picker.placeholder')}
      nothingFoundMessage={loading ? undefined : t('organizations.picker.nothingFound')}
      searchable
      clearable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered; the box must not filter the results a second time.
      filter={({ options: all }) => all}
      onChange={(id, option) => {
        setSelected(id && option ? { value: option.value, label: option.label } : undefined);
        onChange(id);
      }}
      rightSection={loading ? <Loader size="xs" /> : undefined}
      {...props}
    />
  );
}
