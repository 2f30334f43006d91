import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { ACCESSIBLE_COLORS, theme } from './theme';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = (hex.slice(1).match(/../g) ?? []).map((part) => {
      const v = parseInt(part, 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme colours meet WCAG AA for text', () => {
  it.each(Object.entries(ACCESSIBLE_COLORS))('%s: shades 6–9 on white and gray.0, shade 9 on its own tint', (_, shades) => {
    for (const shade of [6, 7, 8, 9]) {
      expect(contrast(shades[shade], '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(shades[shade], ACCESSIBLE_COLORS.gray[0])).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(shades[9], shades[1])).toBeGreaterThanOrEqual(4.5);
  });

  it('uses them: teal shade 6 under white button labels, where Mantine’s teal was 2.55:1', () => {
    expect(theme.primaryColor).toBe('teal');
    expect(theme.primaryShade).toBe(6);
    expect(contrast('#ffffff', theme.colors?.teal?.[6] ?? '')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', DEFAULT_THEME.colors.teal[6])).toBeLessThan(3);
    expect(contrast(DEFAULT_THEME.colors.gray[6], '#ffffff')).toBeLessThan(4.5);
  });
});
