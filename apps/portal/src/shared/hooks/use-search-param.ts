import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { withParam } from '../utils/search-params';
import { useUpdateSearchParams } from './use-update-search-params';

const SEARCH_DEBOUNCE_MS = 350;

/**
 * The text of a search box kept in the URL (`?q=`): typing updates the URL, and so the query, only
 * after a pause, replacing history rather than adding to it.
 */
export function useSearchParam(key = 'q'): [string, (value: string) => void] {
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const [search, setSearch] = useState(params.get(key) ?? '');
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    if ((params.get(key) ?? '') === debouncedSearch) return;
    updateParams((current) => withParam(current, key, debouncedSearch));
  }, [debouncedSearch, key, params, updateParams]);

  return [search, setSearch];
}
