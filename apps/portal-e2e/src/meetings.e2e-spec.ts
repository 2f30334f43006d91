import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, newPage, screenshot } from './support/browser';
import { pdfTextRuns, type PdfTextRun } from './support/pdf-text';
import { htmlDirection, signIn, sessionGql } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_PASSWORD } = require('./support/accounts.cjs');

const LEAD_EMAIL = 'lead@demo.shuraka.org';
const AWN = 'مؤسسة العون للتنمية';

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

describe('meetings in the browser: create, open, print in Arabic', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const suffix = String(Date.now()).slice(-6);
  const title = `اجتماع متابعة الشركاء ${suffix}`;

  async function open(viewport?: { width: number; height: number }): Promise<Page> {
    const { context, page } = await newPage(browser, viewport);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('lets the lead’s staff create a meeting with two attendees and minutes, then prints it right to left', async () => {
    const page = await open();
    await signIn(page, LEAD_EMAIL, DEMO_PASSWORD);
    await page.goto('/meetings/new');
    await page.getByTestId('meeting-form').waitFor();
    // SMEPS leads one consortium: it is already chosen.
    expect(await page.getByTestId('meeting-consortium').inputValue()).toBe('شركاء التمكين والإقراض - حضرموت');
    await choose(page, 'meeting-kind', 'اجتماع الشركاء');
    await page.getByTestId('meeting-title-ar').fill(title);
    await page.getByTestId('meeting-title-en').fill(`Partners follow-up meeting ${suffix}`);
    // Typed as many do (the field also takes d/m/yyyy and Arabic-Indic digits).
    await page.getByTestId('meeting-held-on').fill('14/2/2018');
    await page.getByTestId('meeting-held-on').press('Tab');
    expect(await page.getByTestId('meeting-held-on').inputValue()).toBe('14 فبراير 2018');
    await page.getByTestId('meeting-starts-at').fill('09:30');
    await page.getByTestId('meeting-ends-at').fill('12:00');
    await page.getByTestId('meeting-location').fill('المكلا — مقر الوكالة');

    await page.getByTestId('person-add').click();
    await page.getByTestId('person-add').click();
    const names = page.getByTestId('person-name');
    await names.nth(0).fill('سالم عمر باوزير');
    await page.getByTestId('person-title').nth(0).fill('مدير البرامج');
    await page.getByTestId('person-organization').nth(0).fill('العون');
    await page.getByRole('option', { name: AWN, exact: true }).click();
    await names.nth(1).fill('فاطمة العمودي');
    await page.getByTestId('meeting-minutes').fill(
      'ناقش الشركاء **خطة المتابعة**.\n\n- مراجعة التوصيات\n- <img src=x onerror="document.title=\'pwned\'"> نص بعد الصورة',
    );
    await screenshotFromTop(page, 'meeting-form-ar');
    await page.getByTestId('meeting-submit').click();

    await page.getByTestId('meeting-title').waitFor();
    expect(await page.getByTestId('meeting-title').innerText()).toBe(title);
    const rows = page.getByTestId('attendee-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain(AWN);
    expect(await rows.nth(0).getByRole('link').getAttribute('href')).toMatch(/^\/organizations\//);
    const minutes = page.getByTestId('meeting-minutes');
    expect(await minutes.locator('strong').innerText()).toBe('خطة المتابعة');
    expect(await minutes.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    const meetingId = page.url().split('/').pop() ?? '';

    // Two recommendations through the API (the recommendations module has its own browser test).
    const owner = await sessionGql<{ meeting: { attendees: Array<{ organization: { id: string } | null }> } }>(
      page,
      'query($id: ID!) { meeting(id: $id) { attendees { organization { id } } } }',
      { id: meetingId },
    );
    const awnId = owner.meeting.attendees[0].organization?.id;
    for (const text of ['تحديث دليل خدمات الشركاء', 'تنظيم ورشة تدريبية للشباب']) {
      await sessionGql(page, 'mutation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id number } }', {
        input: { meetingId, text: { ar: text }, ownerOrganizationIds: [awnId], dueOn: '2018-04-30' },
      });
    }

    await page.getByTestId('meeting-print-link').click();
    await page.getByTestId('meeting-print').waitFor();
    await page.getByTestId('print-recommendation').nth(1).waitFor();
    expect(await htmlDirection(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await screenshot(page, 'meeting-print-screen-ar');

    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'meeting-print-media-ar');
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const root = document.querySelector('[data-testid="meeting-print"]')!;
      const titleText = document.createRange();
      titleText.selectNodeContents(document.querySelector('[data-testid="print-title"]')!);
      const firstRow = document.querySelector('[data-testid="print-recommendation"]')!;
      return {
        direction: getComputedStyle(root).direction,
        toolbarShown: getComputedStyle(document.querySelector('.meeting-print .toolbar')!).display !== 'none',
        tops: ['[data-testid="print-title"]', '[data-testid="print-attendees"]', '[data-testid="print-minutes"]', '[data-testid="print-recommendations"]'].map(
          (selector) => box(selector).top,
        ),
        rootBox: { left: box('[data-testid="meeting-print"] article').left, right: box('[data-testid="meeting-print"] article').right },
        titleBox: { left: titleText.getBoundingClientRect().left, right: titleText.getBoundingClientRect().right },
        numberCell: firstRow.querySelector('td.number')!.getBoundingClientRect().left,
        textCell: firstRow.querySelectorAll('td')[1].getBoundingClientRect().left,
        numbers: [...document.querySelectorAll('[data-testid="print-recommendation"] td.number')].map((cell) => cell.textContent),
        owners: document.querySelector('[data-testid="print-recommendation"]')!.querySelectorAll('td')[2].textContent,
      };
    });
    expect(layout.direction).toBe('rtl');
    expect(layout.toolbarShown).toBe(false);
    // Title, then attendees, minutes and recommendations, down the page.
    expect([...layout.tops].sort((a, b) => a - b)).toEqual(layout.tops);
    expect(new Set(layout.tops).size).toBe(4);
    // Right to left: the title starts at the right edge, the number column is the rightmost.
    expect(Math.abs(layout.titleBox.right - layout.rootBox.right)).toBeLessThan(4);
    expect(layout.titleBox.left - layout.rootBox.left).toBeGreaterThan(40);
    expect(layout.numberCell).toBeGreaterThan(layout.textCell);
    expect(layout.numbers).toEqual(['1', '2']);
    expect(layout.owners).toBe(AWN);

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, 'meeting-print-ar.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 in points: 595 × 842 (Chromium writes 594.96 × 841.92).
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);

    // The PDF's own text, read back: Arabic runs right to left in reading order, in the page's order.
    const runs = pdfTextRuns(pdf);
    const runOf = (text: string): PdfTextRun => {
      const run = runs.find((candidate) => candidate.text.trim() === text);
      if (!run) throw new Error(`"${text}" is not in the PDF: ${runs.map((candidate) => candidate.text).join(' | ')}`);
      return run;
    };
    const titleRun = runs.find((run) => run.text.includes('اجتماع متابعة الشركاء'));
    expect(titleRun?.rightToLeft).toBe(true);
    const inOrder = [
      titleRun as PdfTextRun,
      runOf('الحاضرون'),
      runOf('سالم عمر باوزير'),
      runOf('فاطمة العمودي'),
      runOf('المحضر'),
      runOf('التوصيات'),
      runOf('تحديث دليل خدمات الشركاء'),
      runOf('تنظيم ورشة تدريبية للشباب'),
    ];
    expect(inOrder.every((run) => run.stream === 0 && run.rightToLeft)).toBe(true);
    const ys = inOrder.map((run) => run.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(ys.length);
    // Right to left across the page: name before organisation, number before text, from the right edge.
    expect(runOf('سالم عمر باوزير').x).toBeGreaterThan(runs.find((run) => run.y === runOf('سالم عمر باوزير').y && run.text.trim() === AWN)?.x ?? Infinity);
    const firstRecommendation = runOf('تحديث دليل خدمات الشركاء');
    const numberCell = runs.find((run) => run.y === firstRecommendation.y && run.text.trim() === '1');
    expect(numberCell?.x).toBeGreaterThan(firstRecommendation.x);
    // Nothing (the demo strip) is printed over the title.
    expect(runs.filter((run) => run !== titleRun && Math.abs(run.y - (titleRun as PdfTextRun).y) < 12 && !/^\d+$/.test(run.text.trim()))).toEqual([]);
  });

  async function visit(page: Page, name: string): Promise<void> {
    await page.goto('/meetings');
    await page.getByTestId('meeting-row').first().waitFor();
    await screenshotFromTop(page, `meetings-list-${name}`);

    await page.goto('/meetings?view=calendar&month=2017-12');
    await page.getByTestId('calendar-day').first().waitFor();
    // Meetings are drawn once they load (names on wide screens, dots and a day list on phones).
    await page.locator('[data-date="2017-12-31"] [data-testid="calendar-meeting"]').waitFor({ state: 'attached' });
    await screenshotFromTop(page, `meetings-calendar-${name}`);

    await page.goto('/meetings');
    await page.getByTestId('meeting-row-title').filter({ hasText: /مسودة مقترح|draft working mechanism of/ }).first().click();
    await page.getByTestId('meeting-title').waitFor();
    await page.getByTestId('meeting-recommendations').waitFor();
    await screenshotFromTop(page, `meeting-page-${name}`);

    await page.getByTestId('meeting-print-link').click();
    await page.getByTestId('print-recommendation').first().waitFor();
    await screenshot(page, `meeting-print-${name}`);

    await page.goto('/committees');
    await page.getByTestId('committee-row').first().getByRole('link').first().click();
    await page.getByTestId('committee-title').waitFor();
    await screenshotFromTop(page, `committee-page-${name}`);
  }

  it('shows meetings, the calendar, a meeting, its print view and a committee in Arabic on a phone', async () => {
    const page = await open({ width: 390, height: 844 });
    await signIn(page, 'smeps@demo.shuraka.org', DEMO_PASSWORD);
    await visit(page, 'ar-phone');
    // The calendar names the December 2017 meetings on a phone in the list under the grid.
    await page.goto('/meetings?view=calendar&month=2017-12');
    await page.getByTestId('calendar-agenda').waitFor();
    expect(await page.getByTestId('calendar-month').innerText()).toBe('ديسمبر 2017');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });

  it('shows the same pages in English on a desktop', async () => {
    const page = await open({ width: 1280, height: 800 });
    await signIn(page, LEAD_EMAIL, DEMO_PASSWORD);
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.getAttribute('dir') === 'ltr');
    await visit(page, 'en-desktop');
    await page.goto('/meetings?view=calendar&month=2017-12');
    expect(await page.getByTestId('calendar-month').innerText()).toBe('December 2017');
    await page.getByTestId('calendar-meeting').first().waitFor();
  });
});
