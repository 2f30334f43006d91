import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { signIn } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COORDINATOR_EMAIL, DEMO_PASSWORD } = require('./support/accounts.cjs');

const PHONE = { width: 390, height: 844 };

describe('language and phone width', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    ({ context, page } = await newPage(browser, PHONE));
  });
  afterEach(() => context.close());

  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);

  it('keeps the services page short on a phone, in Arabic and English, and names it in the tab', async () => {
    await signIn(page, COORDINATOR_EMAIL, DEMO_PASSWORD);
    await page.goto('/services');
    await page.getByTestId('service-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.title()).toBe('الخدمات — شركاء');
    expect(await page.getByTestId('service-filters-open').isVisible()).toBe(true);
    const arabic = await pageHeight();
    await screenshot(page, 'services-phone-ar');

    await page.getByTestId('service-filters-open').click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'services-phone-filters-ar');
    await page.getByTestId('service-filters-done').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.title === 'Services — Shuraka');
    await page.getByTestId('service-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    const english = await pageHeight();
    await screenshot(page, 'services-phone-en');

    // The demo directory's services page was about 9,000 px tall on a phone before.
    expect(arabic).toBeLessThan(3000);
    expect(english).toBeLessThan(3000);
  });

  it('finds an applicant by a phone number typed with Arabic-Indic digits', async () => {
    await signIn(page, COORDINATOR_EMAIL, DEMO_PASSWORD);
    await page.goto('/applicants');
    await page.getByTestId('applicant-row').first().waitFor();
    expect(await page.getByTestId('applicant-row').count()).toBeGreaterThan(1);
    // The demo applicant whose phone is +967771000101, typed as an Arabic keyboard types it.
    await page.getByTestId('applicant-search').fill('٧٧١٠٠٠١٠١');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="applicant-row"]').length === 1);
    expect(await page.title()).toBe('المتقدمون — شركاء');
    await screenshot(page, 'applicants-digits-phone-ar');
  });
});
