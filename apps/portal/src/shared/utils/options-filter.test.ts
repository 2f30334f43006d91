import type { ComboboxParsedItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { governorateOptions } from './options';
import { foldedOptionsFilter } from './options-filter';

const options = governorateOptions('ar') as ComboboxParsedItem[];
const labels = (items: ComboboxParsedItem[]) =>
  items.flatMap((item) => ('group' in item ? item.items.map((option) => option.label) : [item.label]));

describe('foldedOptionsFilter', () => {
  it('finds «أبين» when typed without hamza', () => {
    expect(labels(foldedOptionsFilter({ options, search: 'ابين', limit: 50 }))).toEqual(['أبين']);
  });

  it('finds ta marbuta spellings typed with ha', () => {
    expect(labels(foldedOptionsFilter({ options, search: 'منطقه مكه', limit: 50 }))).toEqual(['منطقة مكة المكرمة']);
  });

  it('matches the governorate code too, and keeps the country group', () => {
    const result = foldedOptionsFilter({ options, search: 'ye-hd', limit: 50 });
    expect(result).toEqual([{ group: 'اليمن', items: [{ value: 'YE-HD', label: 'حضرموت' }] }]);
  });

  it('drops groups with no match and respects the limit', () => {
    expect(foldedOptionsFilter({ options, search: 'zzz', limit: 50 })).toEqual([]);
    expect(labels(foldedOptionsFilter({ options, search: 'منطقة', limit: 3 }))).toHaveLength(3);
  });
});
