import type { Page } from 'playwright-core';

/**
 * Picks a day in a Mantine date field as a user does: open it, step back decades until the year shows,
 * then the year, the month (by its name in the page's language) and the day.
 */
export async function pickDate(page: Page, testId: string, day: { year: number; month: string; day: number }, beforeDay?: () => Promise<void>): Promise<void> {
  await page.getByTestId(testId).click();
  const dropdown = page.locator('.mantine-Popover-dropdown').filter({ has: page.locator('button[data-direction="previous"]') });
  await dropdown.waitFor();
  const year = dropdown.locator('button:not([data-direction])', { hasText: new RegExp(`^${day.year}$`) });
  for (let step = 0; step < 20 && !(await year.isVisible()); step++) {
    await dropdown.locator('button[data-direction="previous"]').click();
  }
  await year.click();
  await dropdown.locator('button', { hasText: new RegExp(`^${day.month}$`) }).click();
  if (beforeDay) await beforeDay();
  await dropdown.locator('button:not([data-outside])', { hasText: new RegExp(`^${day.day}$`) }).click();
  await dropdown.waitFor({ state: 'hidden' });
}
