import { createTheme } from '@mantine/core';

/** System fonts only (no downloads on weak connections); the first ones render Arabic well. */
export const FONT_STACK =
  '"Noto Sans Arabic", "Segoe UI", Tahoma, "Geeza Pro", "Noto Sans", "DejaVu Sans", Arial, sans-serif';

export const theme = createTheme({
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK },
  primaryColor: 'teal',
  defaultRadius: 'md',
  cursorType: 'pointer',
});
