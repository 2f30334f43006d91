import { COUNTRIES, CURRENCIES, GOVERNORATES, findGovernorate, type Labels, type Locale } from '@shuraka/domain';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  group: string;
  items: Option[];
}

/** Select options for an enum, labelled from the shared vocabulary in the reader's language. */
export function enumOptions<E extends string>(labels: Labels<E>, locale: Locale): Option[] {
  return (Object.keys(labels) as E[]).map((value) => ({ value, label: labels[value][locale] }));
}

export function countryName(code: string, locale: Locale): string {
  return COUNTRIES.find((country) => country.code === code)?.name[locale] ?? code;
}

export function governorateName(code: string, locale: Locale): string {
  return findGovernorate(code)?.name[locale] ?? code;
}

/** Governorates grouped by country, countries in the vocabulary's order. */
export function governorateOptions(locale: Locale): OptionGroup[] {
  const groups = new Map<string, Option[]>();
  for (const governorate of GOVERNORATES) {
    const items = groups.get(governorate.country) ?? [];
    items.push({ value: governorate.code, label: governorate.name[locale] ?? governorate.code });
    groups.set(governorate.country, items);
  }
  return [...groups.entries()].map(([country, items]) => ({ group: countryName(country, locale), items }));
}

export function countryOptions(locale: Locale): Option[] {
  return COUNTRIES.map((country) => ({ value: country.code, label: country.name[locale] ?? country.code }));
}

/** `YER · ريال يمني`: the code people type and the name they say. */
export function currencyOptions(locale: Locale): Option[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'currency' });
  } catch {
    names = undefined;
  }
  return CURRENCIES.map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} · ${name}` : code };
  });
}
