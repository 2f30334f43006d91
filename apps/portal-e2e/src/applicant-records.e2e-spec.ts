import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, newPage, screenshot } from './support/browser';
import { pickDate } from './support/dates';
import { signIn } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COORDINATOR_EMAIL, DEMO_PASSWORD } = require('./support/accounts.cjs');

const PHONE = { width: 390, height: 844 };

async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** What the phone's screen shows around an element (a full-page shot draws the fixed bars over it). */
async function screenshotAround(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

async function switchLanguage(page: Page, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction((expected) => document.documentElement.getAttribute('dir') === expected, dir);
  // The navigation slides to the other side when the direction flips: let it settle before a screenshot.
  await page.waitForTimeout(600);
}

describe('correct records: a coordinator corrects an applicant and is warned about a near-duplicate', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  const suffix = String(Date.now()).slice(-7);
  const misspelt = `مريم على باسلامه ${suffix}`;
  const corrected = `مريم علي باسلامة ${suffix}`;

  async function open(viewport = PHONE): Promise<Page> {
    const { context, page } = await newPage(browser, viewport);
    contexts.push(context);
    return page;
  }

  /** The birth date typed as on an Arabic keyboard, or picked from the calendar. */
  async function fillApplicant(page: Page, name: string, phone: string, birthDate: string | (() => Promise<void>)): Promise<void> {
    await page.getByTestId('applicant-full-name').fill(name);
    await choose(page, 'applicant-category', 'خريج جامعة');
    await choose(page, 'applicant-gender', 'أنثى');
    if (typeof birthDate === 'string') await page.getByTestId('applicant-birth-date').fill(birthDate);
    else await birthDate();
    await page.getByTestId('applicant-phone').fill(phone);
    await choose(page, 'applicant-governorate', 'حضرموت');
    await page.getByTestId('applicant-district').fill('المكلا');
    await page.getByTestId('applicant-need-MICRO_LOAN').click();
    await choose(page, 'applicant-guarantee', 'ضمان جماعي');
    await page.getByTestId('applicant-consent').check();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  it('edits a misspelt name, shows the change in the history, then warns before registering the same person again', async () => {
    const page = await open();
    await signIn(page, COORDINATOR_EMAIL, DEMO_PASSWORD);
    await page.goto('/applicants/new');
    await page.getByTestId('applicant-form').waitFor();
    await fillApplicant(page, misspelt, `77${suffix}`, '٥/٥/١٩٩٩');
    expect(await page.getByTestId('applicant-birth-date').inputValue()).toBe('5 مايو 1999');
    await page.getByTestId('applicant-submit').click();
    await page.getByTestId('applicant-title').filter({ hasText: misspelt }).waitFor();
    const applicantUrl = new URL(page.url()).pathname;

    // 1. The correction, in Arabic on a phone.
    await page.getByTestId('applicant-edit').click();
    const name = page.getByTestId('applicant-full-name');
    await name.waitFor();
    expect(await name.inputValue()).toBe(misspelt);
    expect(await page.getByTestId('applicant-phone').inputValue()).toBe(`+96777${suffix}`);
    expect(await page.getByTestId('applicant-consent').count()).toBe(0);
    await name.fill(corrected);
    await screenshotFromTop(page, 'applicant-edit-phone-ar');
    await page.getByTestId('applicant-submit').click();
    await page.getByTestId('applicant-title').filter({ hasText: corrected }).waitFor();
    expect(new URL(page.url()).pathname).toBe(applicantUrl);

    const update = page.getByTestId('applicant-audit-entry').and(page.locator('[data-action="UPDATE"]'));
    await update.first().waitFor();
    expect(await update.first().getByTestId('applicant-audit-fields').innerText()).toContain('fullName');
    await screenshotAround(page, 'applicant-audit', 'applicant-history-phone-ar');
    await switchLanguage(page, 'ltr');
    expect(await update.first().getByTestId('applicant-audit-text').innerText()).toContain('changed the record');
    await screenshotAround(page, 'applicant-audit', 'applicant-history-phone-en');
    await screenshotFromTop(page, 'applicant-corrected-phone-en');
    await switchLanguage(page, 'rtl');

    // 2. The same person again, her phone written another way and another birth date: a warning, not a refusal.
    await page.goto('/applicants/new');
    await page.getByTestId('applicant-form').waitFor();
    await fillApplicant(page, `مريم علي باسلامه ${suffix}`, `+967 77${suffix.slice(0, 3)}-${suffix.slice(3)}`, () =>
      pickDate(page, 'applicant-birth-date', { year: 1999, month: 'يونيو', day: 6 }, () => screenshot(page, 'birth-date-picker-ar-phone')),
    );
    await page.getByTestId('applicant-submit').click();
    const warning = page.getByTestId('applicant-possible-duplicates');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('رقم الهاتف نفسه');
    expect(await warning.getByTestId('applicant-possible-duplicate-link').innerText()).toBe(corrected);
    await screenshotAround(page, 'applicant-possible-duplicates', 'applicant-duplicate-warning-phone-ar');
    await switchLanguage(page, 'ltr');
    expect(await warning.innerText()).toContain('same phone number');
    await screenshotAround(page, 'applicant-possible-duplicates', 'applicant-duplicate-warning-phone-en');

    // Opening the existing record instead of registering a second one.
    await warning.getByTestId('applicant-possible-duplicate-link').click();
    await page.getByTestId('applicant-title').filter({ hasText: corrected }).waitFor();
    expect(new URL(page.url()).pathname).toBe(applicantUrl);
  });
});
