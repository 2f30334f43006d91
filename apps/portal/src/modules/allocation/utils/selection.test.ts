import { describe, expect, it } from 'vitest';
import { pageSelectionState, withItems } from './selection';

const page = [
  { id: 'a1', fullName: 'أحمد' },
  { id: 'a2', fullName: 'فاطمة' },
];

describe('cohort selection', () => {
  it('selects and clears a whole page, keeping applicants chosen on other pages', () => {
    const earlier = new Map([['a9', 'سالم']]);
    const all = withItems(earlier, page, true);
    expect([...all.entries()]).toEqual([
      ['a9', 'سالم'],
      ['a1', 'أحمد'],
      ['a2', 'فاطمة'],
    ]);
    expect(pageSelectionState(all, page)).toBe('all');
    const cleared = withItems(all, page, false);
    expect([...cleared.keys()]).toEqual(['a9']);
    expect(pageSelectionState(cleared, page)).toBe('none');
  });

  it('says when only some of the page is selected', () => {
    expect(pageSelectionState(withItems(new Map(), [page[0]], true), page)).toBe('some');
    expect(pageSelectionState(new Map([['a1', 'أحمد']]), [])).toBe('none');
  });
});
