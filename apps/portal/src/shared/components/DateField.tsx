import '@mantine/dates/styles.css';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/ar';
import 'dayjs/locale/en';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/use-locale';
import { toLatinDigits } from '../utils/digits';

// Kept out of the shared `fields` module so that Mantine dates and dayjs load only with the forms that use them.
dayjs.extend(customParseFormat);

export const DATE_FIELD_FORMAT = 'D MMMM YYYY';
const TYPED_FORMATS = ['YYYY-MM-DD', 'D/M/YYYY', 'D-M-YYYY', 'D.M.YYYY', DATE_FIELD_FORMAT];

/** Typed dates: Arabic-Indic digits folded, then ISO, day/month/year or the displayed format in the chosen language. */
export function parseTypedDate(text: string, locale: string): string | null {
  const folded = toLatinDigits(text).trim();
  for (const format of TYPED_FORMATS) {
    const parsed = dayjs(folded, format, locale, true);
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD');
  }
  return null;
}

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange'> {
  /** `YYYY-MM-DD` or '' (the form's value, also what the API takes). */
  value?: string;
  onChange: (value: string) => void;
}

/**
 * A date field in the chosen language (the browser's native date box follows the browser's locale instead):
 * month names from dayjs' locale, the value kept as an ISO day.
 */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const locale = useLocale();
  const { t } = useTranslation();
  const ariaLabels = {
    previousDecade: t('common.dates.previousDecade'),
    nextDecade: t('common.dates.nextDecade'),
    previousYear: t('common.dates.previousYear'),
    nextYear: t('common.dates.nextYear'),
    previousMonth: t('common.dates.previousMonth'),
    nextMonth: t('common.dates.nextMonth'),
    yearLevelControl: t('common.dates.yearLevelControl'),
    monthLevelControl: t('common.dates.monthLevelControl'),
  };
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'ar' ? 6 : 1, weekendDays: locale === 'ar' ? [5, 6] : [0, 6] }}>
      <DateInput
        valueFormat={DATE_FIELD_FORMAT}
        dateParser={(text) => parseTypedDate(text, locale)}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        ariaLabels={ariaLabels}
        clearable
        popoverProps={{ withinPortal: true }}
        {...props}
      />
    </DatesProvider>
  );
}
