import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { sessionGql, signIn } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COORDINATOR_EMAIL, DEMO_PASSWORD } = require('./support/accounts.cjs');

type Language = 'ar' | 'en';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** More than a page of the picker (20) and, left out of a 20-place service, more than a page of the review (50). */
const COHORT_SIZE = 75;
const FIRST_NAMES = ['سعاد', 'مريم', 'خديجة', 'زينب', 'عائشة', 'حليمة', 'رقية', 'سلمى', 'نجلاء', 'هند', 'أسماء', 'بشرى', 'فاطمة', 'آمنة', 'صفية'];
const FAMILY_NAMES = ['باوزير', 'بن عفيف', 'الكثيري', 'باعبود', 'بامطرف'];
/** The one service the plan is restricted to: 20 places, used by no other browser test. */
const OUTLET = { ar: 'منافذ تسويق منتجات الأسر المنتجة', en: 'Marketing outlets for productive families' };

const LABELS = {
  ar: { category: 'أسرة منتجة', governorate: 'حضرموت' },
  en: { category: 'Productive family', governorate: 'Hadramout' },
} as const;

/** Today as the API's filters read it (Aden time). */
function todayInAden(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Aden', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** Waits for the data and for nothing to be loading any more. */
async function settled(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

/**
 * Cohort allocation for a real cohort: the coordinator narrows the applicants with the filters, chooses everyone
 * matching (more than a page), plans, pages through the review and commits; axe on every screen, screenshots on a
 * phone in Arabic and on a desktop in English.
 */
describe('cohort allocation in the browser: filter, select all matching, plan, review page by page, commit', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  const found: string[] = [];

  async function open(language: Language, viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, viewport, locale: language });
    await context.addInitScript((lang) => window.localStorage.setItem('shuraka.language', lang), language);
    contexts.push(context);
    return context.newPage();
  }

  async function audit(page: Page, name: string): Promise<void> {
    found.push(...(await axeViolations(page, name)));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
  }

  /** Filters as a coordinator sets them: productive families of Hadramout registered today, not yet referred. */
  async function filterCohort(page: Page, language: Language): Promise<number> {
    await page.goto('/allocation');
    await settled(page, 'allocation-applicant');
    const matchingText = () => page.getByTestId('allocation-matching').innerText();
    const before = await matchingText();
    await choose(page, 'allocation-filter-category', LABELS[language].category);
    await choose(page, 'allocation-filter-governorate', LABELS[language].governorate);
    for (const testId of ['allocation-filter-from', 'allocation-filter-to']) {
      await page.getByTestId(testId).fill(todayInAden());
      await page.getByTestId(testId).press('Enter');
      // The calendar stays open over the fields below on a phone.
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('allocation-filter-not-referred').check();
    await page.waitForURL(/notReferred=1/);
    // What the API counts for the whole filter (other specs on this server add applicants and referrals): the page
    // must come to show exactly that, not a count of a filter it had on the way.
    const { applicants } = await sessionGql<{ applicants: { totalCount: number } }>(
      page,
      'query Cohort($filter: ApplicantFilter) { applicants(filter: $filter, first: 1) { totalCount } }',
      { filter: { category: 'PRODUCTIVE_FAMILY', governorate: 'YE-HD', registeredFrom: todayInAden(), registeredTo: todayInAden(), notYetReferred: true } },
    );
    await page.waitForFunction(
      ([text, count]) => {
        const shown = document.querySelector('[data-testid="allocation-matching"]')?.textContent ?? '';
        return shown !== text && Number(shown.replace(/[^\d]/g, '')) === count;
      },
      [before, applicants.totalCount] as const,
    );
    await settled(page, 'allocation-applicant');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      category: 'PRODUCTIVE_FAMILY',
      governorate: 'YE-HD',
      from: todayInAden(),
      to: todayInAden(),
      notReferred: '1',
    });
    return Number((await matchingText()).replace(/[^\d]/g, ''));
  }

  async function selectAllAndPlan(page: Page, matching: number): Promise<void> {
    await page.getByTestId('allocation-select-page').check();
    await page.getByTestId('allocation-select-all').click();
    await page.getByTestId('allocation-all-selected').waitFor();
    expect(Number((await page.getByTestId('allocation-selected').innerText()).replace(/[^\d]/g, ''))).toBe(matching);
    await page.getByTestId('allocation-services').click();
    await page.getByRole('option', { name: new RegExp(OUTLET.ar + '|' + OUTLET.en) }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('allocation-plan').click();
    await settled(page, 'plan-unassigned-row');
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    // The cohort: productive families registered through the API (no phone, so no duplicate check trips).
    const page = await open('ar', DESKTOP);
    await signIn(page, COORDINATOR_EMAIL, DEMO_PASSWORD);
    for (let index = 0; index < COHORT_SIZE; index++) {
      await sessionGql(page, 'mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }', {
        input: {
          fullName: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${FAMILY_NAMES[Math.floor(index / FIRST_NAMES.length) % FAMILY_NAMES.length]} ${index + 1}`,
          category: 'PRODUCTIVE_FAMILY',
          gender: 'FEMALE',
          birthDate: `19${80 + (index % 15)}-0${1 + (index % 9)}-1${index % 10}`,
          governorate: 'YE-HD',
          district: 'المكلا',
          needs: ['MARKETING_OUTLET'],
          guaranteeOffered: 'NONE',
          consentGiven: true,
        },
      });
    }
  }, 120_000);
  afterAll(() => browser.close());
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  it('on a desktop in English: chooses everyone matching, plans and reads the review, then starts again', async () => {
    const page = await open('en', DESKTOP);
    await signIn(page, COORDINATOR_EMAIL, DEMO_PASSWORD);
    const matching = await filterCohort(page, 'en');
    expect(matching).toBeGreaterThanOrEqual(COHORT_SIZE);
    expect(await page.getByTestId('allocation-applicant').count()).toBe(20);
    await audit(page, 'allocation-filters-en-desktop');

    await selectAllAndPlan(page, matching);
    expect(await page.getByTestId('plan-applicants').innerText()).toBe(String(matching));
    await audit(page, 'allocation-review-en-desktop');

    // Start again: back to the same filters, nothing sent.
    await page.getByTestId('plan-discard').click();
    await settled(page, 'allocation-applicant');
    expect(new URL(page.url()).searchParams.get('notReferred')).toBe('1');
    expect(found).toEqual([]);
  }, 120_000);

  it('on a phone in Arabic: plans for everyone matching, pages through who is left out and why, and commits', async () => {
    const page = await open('ar', PHONE);
    await signIn(page, COORDINATOR_EMAIL, DEMO_PASSWORD);
    const matching = await filterCohort(page, 'ar');
    expect(matching).toBeGreaterThanOrEqual(COHORT_SIZE);
    expect(await page.getByTestId('allocation-select-all').innerText()).toContain(String(matching));
    await audit(page, 'allocation-filters-ar-phone');

    await selectAllAndPlan(page, matching);
    await audit(page, 'allocation-review-ar-phone');
    const placed = Number(await page.getByTestId('plan-placed').innerText());
    const notPlaced = Number(await page.getByTestId('plan-not-placed').innerText());
    expect(placed + notPlaced).toBe(matching);
    // The outlet has at most 20 places: the rest are left out, listed 50 at a time.
    expect(placed).toBeLessThanOrEqual(20);
    expect(await page.getByTestId('plan-assignment').count()).toBe(placed);
    const left = page.getByTestId('plan-unassigned');
    expect(await left.getByTestId('plan-unassigned-row').count()).toBe(50);
    await left.getByTestId('load-more').click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="plan-unassigned"] [data-testid="plan-unassigned-row"]').length === count,
      notPlaced,
    );
    expect(await left.getByTestId('load-more').count()).toBe(0);
    expect(await left.getByTestId('plan-unassigned-reason').last().innerText()).toMatch(/المقاعد|مناسبة/);
    await audit(page, 'allocation-review-paged-ar-phone');

    await page.getByTestId('plan-commit').click();
    await page.getByTestId('plan-committed').waitFor();
    expect(await page.getByTestId('plan-committed').innerText()).toContain(`عدد الإحالات المرسلة: ${placed}`);
    expect(await page.getByTestId('plan-sent-referral').count()).toBe(Math.min(placed, 20));
    await audit(page, 'allocation-committed-ar-phone');

    // Those placed now have a referral: the same filters match the others only.
    await page.getByTestId('plan-discard').click();
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="allocation-matching"]')?.textContent?.replace(/[^\d]/g, '') === expected,
      String(matching - placed),
    );
    expect(found).toEqual([]);
  }, 180_000);
});
