import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { pickDate } from './support/dates';
import { htmlDirection, signIn } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COORDINATOR_EMAIL, DEMO_PASSWORD, PARTNER_EMAIL } = require('./support/accounts.cjs');

const MICRO_LOAN = 'قرض المشروع متناهي الصغر';
const MICROFINANCE_FUND = 'صندوق التمويل الأصغر';

/** Picks an option of a Mantine select by its visible label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** Full-page screenshots from the top, so the fixed header is not drawn over the middle of the page. */
async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** The Microfinance Fund's micro-project loan among the applicant's matches. */
function microLoanCard(page: Page): Locator {
  return page.getByTestId('match-card').filter({ hasText: MICRO_LOAN }).filter({ hasText: MICROFINANCE_FUND });
}

describe('referral flow in the browser: register, match, refer, accept', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  // Unique per run, so the duplicate check (phone and birth date) never trips over an earlier run.
  const suffix = String(Date.now()).slice(-7);
  const applicantName = `عبدالله سالم باعبود ${suffix}`;

  async function open(viewport?: { width: number; height: number }): Promise<Page> {
    const { context, page } = await newPage(browser, viewport);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  it('takes a university graduate from Hadramout to the Microfinance Fund’s micro loan and back', async () => {
    // 1. The coordinator registers the applicant, in Arabic.
    const coordinator = await open();
    await signIn(coordinator, COORDINATOR_EMAIL, DEMO_PASSWORD);
    await coordinator.getByTestId('nav-newApplicant').click();
    await coordinator.getByTestId('applicant-form').waitFor();
    expect(await htmlDirection(coordinator)).toEqual({ dir: 'rtl', lang: 'ar' });

    // Consent is required: without it nothing is sent.
    await coordinator.getByTestId('applicant-submit').click();
    await coordinator.getByText('يجب أن يوافق المتقدم قبل تسجيله.').waitFor();
    await screenshotFromTop(coordinator, 'register-applicant-errors-ar');

    await coordinator.getByTestId('applicant-full-name').fill(applicantName);
    await choose(coordinator, 'applicant-category', 'خريج جامعة');
    await choose(coordinator, 'applicant-gender', 'ذكر');
    await pickDate(coordinator, 'applicant-birth-date', { year: 1998, month: 'مارس', day: 14 });
    expect(await coordinator.getByTestId('applicant-birth-date').inputValue()).toBe('14 مارس 1998');
    await coordinator.getByTestId('applicant-phone').fill(`77${suffix}`);
    await choose(coordinator, 'applicant-governorate', 'حضرموت');
    await coordinator.getByTestId('applicant-district').fill('المكلا');
    await choose(coordinator, 'applicant-project-size', 'متناهي الصغر');
    await coordinator.getByTestId('applicant-sector').fill('خياطة');
    await coordinator.getByTestId('applicant-amount-amount').fill('500000');
    // The currency follows the governorate.
    expect(await coordinator.getByTestId('applicant-amount-currency').inputValue()).toContain('YER');
    await coordinator.getByTestId('applicant-need-MICRO_LOAN').click();
    await choose(coordinator, 'applicant-guarantee', 'ضمان جماعي');
    await coordinator.getByTestId('applicant-consent').check();
    await screenshotFromTop(coordinator, 'register-applicant-ar');
    await coordinator.getByTestId('applicant-submit').click();

    // 2. Their page: the data, and the services that fit, explained in Arabic.
    await coordinator.getByTestId('applicant-title').waitFor();
    expect(await coordinator.getByTestId('applicant-title').innerText()).toBe(applicantName);
    const card = microLoanCard(coordinator);
    await card.waitFor();
    expect(await card.getAttribute('data-eligible')).toBe('true');
    // A whole-number score and plain words for field staff; the exact breakdown is one tap away.
    const scoreText = (await card.getByTestId('match-score').innerText()).split('/')[0].trim();
    const score = Number(scoreText.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)));
    expect(Number.isInteger(score)).toBe(true);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(['veryGood', 'good', 'possible']).toContain(await card.getByTestId('match-fit').getAttribute('data-fit'));
    expect(await card.getByTestId('match-contributions').isVisible()).toBe(false);
    await card.getByTestId('match-breakdown-toggle').click();
    const contributions = await card.getByTestId('match-contribution').allInnerTexts();
    expect(contributions.join('\n')).toContain('من احتياجات المتقدم');
    expect(contributions.join('\n')).toMatch(/\+35/);
    await screenshotFromTop(coordinator, 'applicant-matches-ar');

    // 3. Referring asks first, naming the service, the partner and what is shared; the card stays in place.
    const cardsBefore = await coordinator.getByTestId('match-service-name').allInnerTexts();
    await card.getByTestId('refer-button').click();
    const sheet = coordinator.getByTestId('refer-confirm');
    await sheet.waitFor();
    expect(await coordinator.getByTestId('refer-confirm-service').innerText()).toContain(MICRO_LOAN);
    expect(await coordinator.getByTestId('refer-confirm-partner').innerText()).toContain(MICROFINANCE_FUND);
    expect((await coordinator.getByTestId('refer-confirm-shared').innerText()).length).toBeGreaterThan(0);
    await screenshot(coordinator, 'refer-confirm-ar');
    await coordinator.getByTestId('refer-confirm-button').click();
    await card.getByTestId('match-referred').waitFor();
    expect(await card.getByTestId('referral-status').innerText()).toBe('مُرسلة');
    expect(await coordinator.getByTestId('match-service-name').allInnerTexts()).toEqual(cardsBefore);
    await coordinator.getByTestId('applicant-referral').first().waitFor();
    const applicantUrl = coordinator.url();

    // 4. The Microfinance Fund's staff accept it from their inbox.
    const partner = await open();
    await signIn(partner, PARTNER_EMAIL, DEMO_PASSWORD);
    await partner.getByTestId('referral-row').first().waitFor();
    const row = partner.getByTestId('referral-row').filter({ hasText: applicantName });
    await row.waitFor();
    expect(await row.getByTestId('referral-status').innerText()).toBe('مُرسلة');
    await screenshotFromTop(partner, 'partner-inbox-ar');
    await row.click();
    await partner.getByTestId('referral-title').waitFor();
    expect(await partner.getByTestId('referral-title').innerText()).toBe(applicantName);
    // The partner sees what the decision needs, never the national id.
    expect(await partner.getByTestId('fact-national-id').count()).toBe(0);
    await partner.getByTestId('action-ACCEPT').click();
    await partner.getByTestId('transition-reason').fill('تم التواصل مع المتقدم، وسيحضر مع مجموعته يوم الأحد.');
    await partner.getByTestId('transition-submit').click();
    await partner.locator('[data-testid="referral-page-status"][data-status="ACCEPTED"]').waitFor();
    await partner.getByRole('dialog').waitFor({ state: 'detached' });
    await partner.getByTestId('action-START').waitFor();
    await screenshotFromTop(partner, 'partner-referral-accepted-ar');

    // 5. The coordinator sees the new status and the history.
    await coordinator.goto(applicantUrl);
    const referral = coordinator.getByTestId('applicant-referral').first();
    await referral.locator('[data-testid="referral-status"][data-status="ACCEPTED"]').waitFor();
    expect(await referral.getByTestId('referral-status').innerText()).toBe('مقبولة');
    await referral.click();
    await coordinator.getByTestId('referral-history').waitFor();
    const events = coordinator.getByTestId('history-event');
    expect(await events.count()).toBe(2);
    expect(await events.nth(0).getByTestId('history-title').innerText()).toBe('أُرسلت الإحالة');
    expect(await events.nth(1).getByTestId('history-title').innerText()).toBe('مُرسلة ← مقبولة');
    expect(await events.nth(1).getByTestId('history-reason').innerText()).toContain('وسيحضر مع مجموعته');
    // The coordinator may only withdraw.
    expect(await coordinator.getByTestId('referral-actions').getByRole('button').allInnerTexts()).toEqual(['سحب الإحالة']);
    await screenshotFromTop(coordinator, 'coordinator-referral-history-ar');

    // 6. The partner's inbox and the referral on a phone, in English.
    const phone = await open({ width: 390, height: 844 });
    await signIn(phone, PARTNER_EMAIL, DEMO_PASSWORD);
    await phone.getByTestId('lang-switch').click();
    await phone.waitForFunction(() => document.documentElement.getAttribute('dir') === 'ltr');
    const phoneRow = phone.getByTestId('referral-row').filter({ hasText: applicantName });
    await phoneRow.waitFor();
    expect(await phoneRow.getByTestId('referral-status').getAttribute('data-status')).toBe('ACCEPTED');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshotFromTop(phone, 'partner-inbox-phone-en');
    await phoneRow.click();
    await phone.getByTestId('referral-history').waitFor();
    await screenshotFromTop(phone, 'partner-referral-phone-en');
  }, 180_000);

  it('shows the coordinator new decisions in the navigation, and a decline with its reason and the way to refer elsewhere', async () => {
    // Desktop, Arabic: the count of partners' decisions not yet seen, cleared by opening the referrals.
    const desk = await open();
    await signIn(desk, COORDINATOR_EMAIL, DEMO_PASSWORD);
    const badge = desk.getByTestId('nav-referrals-unread');
    await badge.waitFor();
    expect(Number(await badge.innerText())).toBeGreaterThan(0);
    await desk.getByTestId('nav-referrals').click();
    await desk.getByTestId('referral-row').first().waitFor();
    await badge.waitFor({ state: 'detached' });

    // Phone, English: a declined referral says why and offers to refer elsewhere.
    const phone = await open({ width: 390, height: 844 });
    await signIn(phone, COORDINATOR_EMAIL, DEMO_PASSWORD);
    await phone.getByTestId('lang-switch').click();
    await phone.waitForFunction(() => document.documentElement.getAttribute('dir') === 'ltr');
    // The list filtered by status, as the status chips do: other specs on this server send referrals (newest first).
    await phone.goto('/referrals?status=DECLINED');
    const declined = phone.locator('[data-testid="referral-row"][data-status="DECLINED"]').first();
    await declined.waitFor();
    await screenshotFromTop(phone, 'coordinator-referrals-declined-phone-en');
    await declined.click();
    await phone.getByTestId('decline-notice').waitFor();
    expect((await phone.getByTestId('decline-explanation').innerText()).length).toBeGreaterThan(0);
    await screenshotFromTop(phone, 'coordinator-declined-referral-phone-en');
    await phone.getByTestId('refer-elsewhere').click();
    await phone.getByTestId('match-list').waitFor();
    await screenshotFromTop(phone, 'refer-elsewhere-matches-phone-en');
  }, 120_000);
});
