import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUpdateSearchParams } from '../hooks/use-update-search-params';
import { withParam } from '../utils/search-params';
import { GovernorateSelect } from './fields';

type BoundProps = 'value' | 'onChange' | 'placeholder' | 'clearable';

interface FilterSelectBaseProps {
  /** The URL search param the select reads and writes (replacing history, as the list pages do). */
  param: string;
  label: string;
  'data-testid': string;
}

export type FilterSelectProps = FilterSelectBaseProps &
  (
    | ({ governorate?: false } & Omit<SelectProps, BoundProps | 'label'>)
    | ({ /** Lists the governorates (searchable) instead of `data`. */ governorate: true } & Omit<
        SelectProps,
        BoundProps | 'label' | 'data' | 'filter'
      >)
  );

/** A list page's filter: a clearable select bound to one URL search param, "All" when empty. */
export function FilterSelect({ param, governorate, ...props }: FilterSelectProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const bound = {
    placeholder: t('common.filters.all'),
    value: params.get(param),
    onChange: (value: string | null) => updateParams((current) => withParam(current, param, value)),
    clearable: true,
  };
  return governorate ? <GovernorateSelect {...props} {...bound} /> : <Select {...props} {...bound} />;
}
