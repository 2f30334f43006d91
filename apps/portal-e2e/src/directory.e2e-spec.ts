import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { htmlDirection, signIn } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ADMIN, DEMO_PASSWORD, PARTNER_EMAIL } = require('./support/accounts.cjs');

describe('partner directory in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    ({ context, page } = await newPage(browser));
  });
  afterEach(() => context.close());

  it('signs in and shows the directory in Arabic, right to left', async () => {
    await page.goto('/');
    expect(await htmlDirection(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    // The server runs with the demo data: every page says so, in both languages.
    expect(await page.getByTestId('demo-banner').innerText()).toContain('نسخة تجريبية / Demo data');
    await screenshot(page, 'sign-in-ar');
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('org-row').first().waitFor();
    expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);
    expect(await htmlDirection(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(await page.getByTestId('org-row').count()).toBeGreaterThan(5);
    // Searched for, not expected on the first page (another test of this spec adds an organisation).
    await page.getByTestId('org-search').fill('برنامج الاتحاد');
    await page.getByTestId('org-row').filter({ hasText: 'برنامج الاتحاد للتمويل الأصغر' }).waitFor();
    await screenshot(page, 'directory-ar');
  });

  it('refuses a wrong password with a message', async () => {
    await page.goto('/');
    await page.locator('input[type="email"]').fill(ADMIN.email);
    await page.locator('input[type="password"]').fill('not the password');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').innerText()).not.toBe('');
  });

  it('finds مؤسسة العون للتنمية through a search with a misspelt hamza and ta marbuta, and opens it', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('org-row').first().waitFor();
    await page.getByTestId('org-search').fill('موسسه العون');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="org-row"]').length === 1);
    const row = page.getByTestId('org-row');
    expect(await row.innerText()).toContain('مؤسسة العون للتنمية');
    await screenshot(page, 'search-ar');
    await row.click();
    await page.getByTestId('org-title').waitFor();
    expect(await page.getByTestId('org-title').innerText()).toContain('مؤسسة العون للتنمية');
    await page.getByTestId('service-card').first().waitFor();
    await screenshot(page, 'organization-ar');
  });

  it('switches to English, left to right, and keeps the choice after a reload', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('org-row').first().waitFor();
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.getAttribute('dir') === 'ltr');
    expect(await htmlDirection(page)).toEqual({ dir: 'ltr', lang: 'en' });
    await page.getByTestId('org-search').fill('Union Microfinance');
    const union = page.getByTestId('org-row').filter({ hasText: 'Union Microfinance Programme' });
    await union.waitFor();
    await screenshot(page, 'directory-en');
    await page.reload();
    await page.getByTestId('org-row').first().waitFor();
    expect(await htmlDirection(page)).toEqual({ dir: 'ltr', lang: 'en' });
    await union.click();
    await page.getByTestId('org-title').waitFor();
    expect(await page.getByTestId('org-title').innerText()).toContain('Union Microfinance Programme');
    await screenshot(page, 'organization-en');
  });

  it('lets an ADMIN create an organisation, with a message for a bad field first', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto('/organizations/new');
    await page.getByTestId('organization-form').waitFor();
    await page.getByTestId('org-submit').click();
    await page.getByText('أدخله بالعربية أو بالإنجليزية (واحدة على الأقل).').first().waitFor();
    await screenshot(page, 'create-organization-errors-ar');

    const name = `جمعية سترة للارتقاء بالمرأة - فرع تجريبي ${Date.now()}`;
    await page.getByTestId('org-name-ar').fill(name);
    await page.getByTestId('org-kind').click();
    await page.getByRole('option', { name: 'منظمة أهلية' }).click();
    await page.getByTestId('org-submit').click();
    await page.getByTestId('org-title').waitFor();
    expect(await page.getByTestId('org-title').innerText()).toContain(name);
  });

  it("shows a partner's staff their own organisation's services only", async () => {
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);
    await page.getByTestId('nav-services').click();
    await page.getByTestId('service-card').first().waitFor();
    const cards = await page.getByTestId('service-card').allInnerTexts();
    // The Fund has two demo services, and a third once the questionnaires spec applies its capability answers
    // (the specs share one server): what matters is that every card is the Fund's own.
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const card of cards) expect(card).toContain('صندوق التمويل الأصغر');
    expect(cards.join(' ')).toContain('قرض المشروع متناهي الصغر');
    await screenshot(page, 'partner-services-ar');
  });

  it('works at phone width', async () => {
    await context.close();
    ({ context, page } = await newPage(browser, { width: 390, height: 844 }));
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByTestId('org-row').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'directory-phone-ar');
  });
});
