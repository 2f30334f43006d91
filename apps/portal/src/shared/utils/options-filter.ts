import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { normalizeSearchText } from '@shuraka/domain';

/**
 * Select filtering that ignores the spelling variants Arabic writers mix (أ/ا, ة/ه, ى/ي, diacritics),
 * so typing «ابين» finds «أبين». Also matches the option value (a governorate or currency code).
 */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const needle = normalizeSearchText(search);
  if (!needle) return options.slice(0, limit);
  const matches = (item: ComboboxItem) =>
    normalizeSearchText(item.label).includes(needle) || String(item.value).toLowerCase().includes(needle);

  const result: ComboboxParsedItem[] = [];
  let count = 0;
  for (const option of options) {
    if (count >= limit) break;
    if (isOptionsGroup(option)) {
      const items = option.items.filter(matches).slice(0, limit - count);
      if (items.length > 0) {
        result.push({ group: option.group, items });
        count += items.length;
      }
    } else if (matches(option)) {
      result.push(option);
      count += 1;
    }
  }
  return result;
};
