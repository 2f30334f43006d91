import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** System fonts only (no downloads on weak connections); the first ones render Arabic well. */
export const FONT_STACK =
  '"Noto Sans Arabic", "Segoe UI", Tahoma, "Geeza Pro", "Noto Sans", "DejaVu Sans", Arial, sans-serif';

/**
 * Mantine's palettes with shades 6–9 darkened until text meets WCAG AA (4.5:1) on white and on gray.0: shade 6
 * carries white button labels and coloured text, shade 9 the text of light badges on shade 1. Shades 0–5 (tints,
 * borders) are Mantine's. Default teal 6 was 2.55:1 under white; gray 6, the dimmed text, was 3.32:1.
 * `palette-contrast.test.ts` checks every value.
 */
export const ACCESSIBLE_COLORS = {
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#0c805d', '#097756', '#076c4d', '#066145'],
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#c44040', '#c23232', '#b52828', '#a22222'],
  grape: ['#f8f0fc', '#f3d9fa', '#eebefa', '#e599f7', '#da77f2', '#cc5de8', '#a340bc', '#9f39b7', '#9333aa', '#862e9c'],
  orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#b0570e', '#b14a05', '#a64009', '#97320a'],
  blue: ['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#339af0', '#1b70ba', '#186cb8', '#1561a7', '#155693'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#2b813b', '#257834', '#216e2f', '#1f632c'],
  cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#0f7a89', '#0c7484', '#096878', '#095f6f'],
  indigo: ['#edf2ff', '#dbe4ff', '#bac8ff', '#91a7ff', '#748ffc', '#5c7cfa', '#4564e0', '#3e5ddd', '#3653c8', '#334abb'],
  violet: ['#f3f0ff', '#e5dbff', '#d0bfff', '#b197fc', '#9775fa', '#845ef7', '#754eeb', '#7048e8', '#6741d9', '#5c3bbe'],
  pink: ['#fff0f6', '#ffdeeb', '#fcc2d7', '#faa2c1', '#f783ac', '#f06595', '#c03d6b', '#bd2d60', '#b12254', '#a11d4b'],
  lime: ['#f4fce3', '#e9fac8', '#d8f5a2', '#c0eb75', '#a9e34b', '#94d82d', '#527f13', '#49750e', '#416a09', '#3a5e08'],
  gray: ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd', '#6c7379', '#495057', '#343a40', '#212529'],
} satisfies Record<string, MantineColorsTuple>;

export const theme = createTheme({
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK },
  colors: ACCESSIBLE_COLORS,
  primaryColor: 'teal',
  primaryShade: 6,
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // A dialog's title bar is not the page's banner: as a <header> it made a second banner landmark (axe).
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
  },
});
