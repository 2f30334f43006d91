import { VisuallyHidden } from '@mantine/core';
import { useLocale } from '../hooks/use-locale';

/**
 * A comma only screen readers hear, between the parts of a card that is one big link: its name is built from its
 * content, whose boxes (title, badges, lines) would otherwise run together ("NameGraduateHadramout").
 */
export function PartSeparator() {
  const locale = useLocale();
  return <VisuallyHidden component="span">{locale === 'ar' ? '، ' : ', '}</VisuallyHidden>;
}
