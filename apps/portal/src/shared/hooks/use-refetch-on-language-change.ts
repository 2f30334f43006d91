import { useEffect, useRef } from 'react';
import { useLocale } from './use-locale';

/**
 * Some answers carry text the API wrote in the request's language (match reasons, plan messages):
 * when the reader switches language, ask again so that text follows.
 */
export function useRefetchOnLanguageChange(refetch: () => Promise<unknown>): void {
  const locale = useLocale();
  const previous = useRef(locale);
  const latestRefetch = useRef(refetch);
  useEffect(() => {
    latestRefetch.current = refetch;
  });
  useEffect(() => {
    if (previous.current === locale) return;
    previous.current = locale;
    void latestRefetch.current().catch(() => undefined);
  }, [locale]);
}
