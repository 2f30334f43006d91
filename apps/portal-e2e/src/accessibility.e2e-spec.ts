import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { ARTIFACTS, launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COORDINATOR_EMAIL, DEMO_PASSWORD, PARTNER_EMAIL } = require('./support/accounts.cjs');

/** A demo applicant the coordinator registered, whose matches include the Microfinance Fund's micro loan. */
const DEMO_APPLICANT = 'سالم عوض باوزير';

type Language = 'ar' | 'en';
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type ViewportName = keyof typeof VIEWPORTS;

/** Pages are audited once their data is there and nothing is still loading. */
async function settled(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

/**
 * axe-core on the main pages, for the coordinator and the partner staff, in both languages, at desktop and phone
 * width. Any serious or critical violation (contrast, labels, names, ARIA) or landmark problem fails it.
 */
describe('accessibility of the main pages (axe-core)', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];

  async function open(language: Language, viewport: ViewportName): Promise<Page> {
    const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, viewport: VIEWPORTS[viewport], locale: language });
    // The language a user chose earlier, as the portal stores it.
    await context.addInitScript((lang) => window.localStorage.setItem('shuraka.language', lang), language);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  const cases: Array<[Language, ViewportName]> = [
    ['ar', 'phone'],
    ['en', 'phone'],
    ['ar', 'desktop'],
    ['en', 'desktop'],
  ];

  it.each(cases)('has no serious violation in %s at %s width', async (language, viewport) => {
    const found: string[] = [];
    const audit = async (page: Page, name: string) => {
      found.push(...(await axeViolations(page, name)));
      if (viewport === 'phone') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `a11y-${name}-${language}-${viewport}`);
      }
    };

    const coordinator = await open(language, viewport);
    await coordinator.goto('/');
    await settled(coordinator, 'demo-banner');
    await coordinator.locator('input[type="email"]').waitFor();
    await audit(coordinator, 'sign-in');

    await signIn(coordinator, COORDINATOR_EMAIL, DEMO_PASSWORD);
    await settled(coordinator, 'applicant-row');
    await audit(coordinator, 'applicants');

    // The first Tab shows the skip link at the top of the screen; Enter moves focus to the page's content.
    await coordinator.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await coordinator.keyboard.press('Tab');
    const skipLink = coordinator.getByTestId('skip-link');
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skipLink.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    if (viewport === 'phone') await coordinator.screenshot({ path: `${ARTIFACTS}/a11y-skip-link-${language}-${viewport}.png` });
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForFunction(() => document.activeElement?.id === 'main-content');

    // A demo applicant with matches, searched for: other specs on this server register applicants (newest first).
    await coordinator.getByTestId('applicant-search').fill(DEMO_APPLICANT);
    await coordinator.getByTestId('applicant-row').filter({ hasText: DEMO_APPLICANT }).click();
    await settled(coordinator, 'applicant-title');
    await settled(coordinator, 'match-card');
    await audit(coordinator, 'applicant-matches');

    // Their referrals list leads to a referral page as the coordinator sees it.
    await coordinator.goto('/referrals');
    await settled(coordinator, 'referral-row');
    await coordinator.getByTestId('referral-row').first().click();
    await settled(coordinator, 'referral-history');
    await audit(coordinator, 'referral-coordinator');

    await coordinator.goto('/allocation');
    await settled(coordinator, 'allocation-applicant');
    await audit(coordinator, 'allocation');

    const partner = await open(language, viewport);
    await signIn(partner, PARTNER_EMAIL, DEMO_PASSWORD);
    await settled(partner, 'referral-row');
    await audit(partner, 'referrals-inbox');

    await partner.getByTestId('referral-row').first().click();
    await settled(partner, 'referral-history');
    await audit(partner, 'referral-partner');

    expect(found).toEqual([]);
  }, 180_000);
});
