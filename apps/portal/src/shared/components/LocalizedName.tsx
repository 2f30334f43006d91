import { Text, type TextProps } from '@mantine/core';
import { pickLocalized, type LocalizedText } from '@shuraka/domain';
import { useLocale } from '../hooks/use-locale';

export interface LocalizedNameProps extends TextProps {
  text: LocalizedText | null | undefined;
  /** Also show the other language beneath, smaller, when it differs. */
  withOther?: boolean;
  component?: 'span' | 'div' | 'p' | 'h1' | 'h2' | 'h3';
}

/**
 * A bilingual name in the reader's language, each part tagged with its language. The text sits in a
 * <bdi> so an English name keeps its own direction inside an Arabic page (and the reverse) while the
 * block stays aligned with the page.
 */
export function LocalizedName({ text, withOther = false, component = 'span', ...props }: LocalizedNameProps) {
  const locale = useLocale();
  const other = locale === 'ar' ? 'en' : 'ar';
  const primary = pickLocalized(text, locale);
  const primaryLang = text?.[locale]?.trim() ? locale : other;
  const secondary = withOther && primaryLang === locale ? text?.[other]?.trim() : undefined;
  return (
    <>
      <Text component={component} {...props}>
        <bdi lang={primaryLang}>{primary}</bdi>
      </Text>
      {secondary && secondary !== primary ? (
        <Text component="div" size="sm" c="dimmed">
          <bdi lang={other}>{secondary}</bdi>
        </Text>
      ) : null}
    </>
  );
}

/** The plain string, for places that take text (select options, aria labels). */
export function useLocalizedText(): (text: LocalizedText | null | undefined) => string {
  const locale = useLocale();
  return (text) => pickLocalized(text, locale);
}
