import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { htmlDirection, signIn } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COORDINATOR_EMAIL, DEMO_PASSWORD, PARTNER_EMAIL } = require('./support/accounts.cjs');

const LEAD_EMAIL = 'lead@demo.shuraka.org';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const MICROFINANCE_FUND = 'صندوق التمويل الأصغر (الصندوق الدوار)';
const LENDING_QUESTIONNAIRE = 'استبيان شركاء الإقراض';
const MICRO_LOAN = 'قرض المشروع متناهي الصغر';
/** The service the Microfinance Fund's answers to the demo questionnaire add (a mentoring programme for youth). */
const NEW_MENTORING = 'متابعة المقترضين الجدد';
/** A university graduate of Hadramout among the demo applicants (needs a micro loan). */
const APPLICANT = 'سالم عوض باوزير';
const BRANCHES_MESSAGE_AR = 'عدد الفروع من 1 إلى 50';

/**
 * A small XLSForm as a consortium would write it for KoboToolbox or ODK: Arabic and English columns, a question shown
 * only after a "yes", a constraint with its message, and a repeat of the services offered.
 */
async function partnerFollowUpXlsForm(title: { ar: string; en: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('survey').addRows([
    ['type', 'name', 'label::Arabic (ar)', 'label::English (en)', 'required', 'relevant', 'constraint', 'constraint_message::Arabic (ar)', 'constraint_message::English (en)'],
    ['begin_group', 'organization', 'بيانات الجهة', 'About your organisation'],
    ['text', 'contact_name', 'اسم مسؤول التواصل', 'Contact person', 'yes'],
    ['select_one yes_no', 'has_branches', 'هل للجهة فروع؟', 'Do you have branches?', 'yes'],
    ['integer', 'branch_count', 'عدد الفروع', 'Number of branches', 'yes', "${has_branches} = 'yes'", '. >= 1 and . <= 50', BRANCHES_MESSAGE_AR, 'From 1 to 50 branches'],
    ['end_group', 'organization'],
    ['begin_repeat', 'services', 'الخدمات التي تقدمونها', 'Services you offer'],
    ['text', 'service_name', 'اسم الخدمة', 'Name of the service', 'yes'],
    ['integer', 'beneficiaries', 'عدد المستفيدين في السنة', 'Beneficiaries per year', '', '', '. >= 0', 'العدد لا يكون سالباً', 'Not a negative number'],
    ['end_repeat', 'services'],
  ]);
  workbook.addWorksheet('choices').addRows([
    ['list_name', 'name', 'label::Arabic (ar)', 'label::English (en)'],
    ['yes_no', 'yes', 'نعم', 'Yes'],
    ['yes_no', 'no', 'لا', 'No'],
  ]);
  workbook.addWorksheet('settings').addRows([
    ['form_title::Arabic (ar)', 'form_title::English (en)', 'form_id', 'version', 'default_language'],
    [title.ar, title.en, 'partner_follow_up', '2026.1', 'Arabic (ar)'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A day `days` from today (UTC, as the test runs with TZ=UTC), as typed into a date field. */
function isoDayFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The number a completion-board counter shows. */
async function boardCount(page: Page, key: 'assigned' | 'submitted' | 'drafts' | 'pending' | 'overdue'): Promise<number> {
  return Number((await page.getByTestId(`completion-count-${key}`).locator('dd').innerText()).trim());
}

/** Full-page screenshots from the top, so the fixed header is not drawn over the middle of the page. */
async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Free places and capacity as a match card shows them ("المقاعد المتاحة: 79 من 80"), not its folded score breakdown. */
async function placesOf(card: Locator): Promise<{ free: number; capacity: number }> {
  const text = await card.getByText(/^المقاعد المتاحة: \d+ من \d+/).filter({ visible: true }).innerText();
  const [free, capacity] = (text.match(/\d+/g) ?? []).map(Number);
  return { free, capacity };
}

/** Labels of badges that are cut short (drawn with an ellipsis) inside `scope`. */
async function clippedBadges(scope: Locator): Promise<string[]> {
  return scope
    .locator('.mantine-Badge-label')
    .evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent ?? ''));
}

async function noHorizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('questionnaires in the browser: import, publish, assign, fill in Arabic, follow up, apply capabilities', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  const suffix = String(Date.now()).slice(-6);
  const title = { ar: `متابعة قدرات الشركاء ${suffix}`, en: `Partner follow-up ${suffix}` };

  async function open(viewport = DESKTOP): Promise<Page> {
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

  it('imports an XLSForm, publishes and assigns it; the partner fills it in Arabic on a phone; the board follows', async () => {
    // axe-core on each page on the way (serious and critical problems, landmarks); reported together at the end.
    const violations: string[] = [];
    // 1. The lead agency's staff import the XLSForm through the upload dialog.
    const lead = await open();
    await signIn(lead, LEAD_EMAIL, DEMO_PASSWORD);
    await lead.getByRole('link', { name: 'الاستبيانات', exact: true }).click();
    await lead.getByRole('heading', { name: 'الاستبيانات', level: 1 }).waitFor();
    await lead.getByTestId('questionnaire-row').filter({ hasText: LENDING_QUESTIONNAIRE }).waitFor();
    await screenshotFromTop(lead, 'questionnaires-list-ar');

    await lead.getByRole('link', { name: 'استبيان جديد' }).click();
    await lead.getByRole('button', { name: 'استيراد XLSForm' }).click();
    const importDialog = lead.getByRole('dialog', { name: 'استيراد نموذج XLSForm (‎.xlsx)' });
    await importDialog.waitFor();
    const chooser = lead.waitForEvent('filechooser');
    await importDialog.getByRole('button', { name: 'ملف XLSForm' }).click();
    await (await chooser).setFiles({
      name: 'partner-follow-up.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await partnerFollowUpXlsForm(title),
    });
    await importDialog.getByRole('button', { name: 'استيراد', exact: true }).click();
    await importDialog.waitFor({ state: 'detached' });

    // 2. The imported draft opens in the editor, titled from the settings sheet; publish it.
    await lead.getByRole('heading', { name: 'تعديل الاستبيان' }).waitFor();
    const questionnaireUrl = new URL(lead.url()).pathname;
    expect(questionnaireUrl).toMatch(/^\/questionnaires\/[0-9a-f-]{36}$/);
    expect(await lead.getByTestId('questionnaire-state').innerText()).toBe('مسودة');
    expect(await lead.getByLabel('العنوان بالعربية').inputValue()).toBe(title.ar);
    await screenshotFromTop(lead, 'questionnaire-editor-ar');
    violations.push(...(await axeViolations(lead, 'editor desktop ar')));
    await lead.getByRole('button', { name: 'نشر', exact: true }).click();
    const publishDialog = lead.getByRole('dialog', { name: 'نشر هذا الإصدار؟' });
    await publishDialog.getByRole('button', { name: 'نشر', exact: true }).click();
    await publishDialog.waitFor({ state: 'detached' });
    await lead.locator('[data-testid="questionnaire-state"]', { hasText: 'منشور' }).waitFor();
    await lead.getByTestId('published-notice').waitFor();

    // 3. Assign it to the Microfinance Fund, due in two weeks.
    await lead.getByRole('button', { name: 'إسناد', exact: true }).click();
    const assignDialog = lead.getByRole('dialog', { name: 'إسناد إلى الجهات الشريكة' });
    await assignDialog.getByRole('checkbox', { name: MICROFINANCE_FUND }).check();
    await assignDialog.getByLabel('موعد التسليم').fill(isoDayFromNow(14));
    // Closes the calendar the field opened, by clicking elsewhere in the dialog.
    await assignDialog.getByText('الأعضاء', { exact: true }).click();
    await screenshot(lead, 'assign-dialog-ar');
    violations.push(...(await axeViolations(lead, 'assign dialog desktop ar')));
    await assignDialog.getByRole('button', { name: 'إسناد', exact: true }).click();
    await assignDialog.waitFor({ state: 'detached' });

    // 4. The completion board: one partner assigned, nothing submitted; remind them now.
    await lead.getByRole('link', { name: 'الإنجاز', exact: true }).click();
    await lead.getByTestId('completion-board').waitFor();
    expect(await lead.getByTestId('completion-title').innerText()).toContain(title.ar);
    expect(await boardCount(lead, 'assigned')).toBe(1);
    expect(await boardCount(lead, 'submitted')).toBe(0);
    expect(await boardCount(lead, 'pending')).toBe(1);
    expect(await lead.getByTestId('completion-pending-partner').allInnerTexts()).toEqual([MICROFINANCE_FUND]);
    await lead.getByRole('button', { name: 'تذكير الآن' }).click();
    await lead.getByRole('dialog', { name: 'تذكير الآن' }).getByRole('button', { name: 'تذكير الآن' }).click();
    await lead.getByText('عدد الشركاء الذين ذُكّروا: 1').waitFor();
    const boardUrl = new URL(lead.url()).pathname;

    // 5. The Microfinance Fund's staff, on a phone in Arabic: the assignment and the reminder are on their home page.
    const partner = await open(PHONE);
    await signIn(partner, PARTNER_EMAIL, DEMO_PASSWORD);
    expect(await htmlDirection(partner)).toEqual({ dir: 'rtl', lang: 'ar' });
    const toFill = partner.getByTestId('questionnaire-to-fill').filter({ hasText: title.ar });
    await toFill.waitFor();
    await toFill.click();
    await partner.getByTestId('assignment-title').waitFor();
    expect(await partner.getByTestId('assignment-title').innerText()).toBe(title.ar);
    expect(await partner.getByTestId('assignment-status').innerText()).toBe('لم يبدأ');
    // One group per page on a phone: the organisation first, then the services.
    expect(await partner.getByTestId('form-page-step').innerText()).toBe('الصفحة 1 من 2');

    // The relevance jump: the number of branches is asked only once the partner says it has branches.
    await partner.getByLabel('اسم مسؤول التواصل').fill('خولة سالم سكارو');
    const branches = partner.getByLabel('عدد الفروع');
    expect(await branches.count()).toBe(0);
    await partner.getByRole('radio', { name: 'لا' }).check();
    expect(await branches.count()).toBe(0);
    await partner.getByRole('radio', { name: 'نعم' }).check();
    await branches.waitFor();

    // The constraint, in Arabic, typed with Arabic-Indic digits; then corrected.
    await branches.fill('٨٠');
    expect(await branches.inputValue()).toBe('80');
    await partner.getByText(BRANCHES_MESSAGE_AR).waitFor();
    expect(await branches.getAttribute('aria-invalid')).toBe('true');
    await screenshotFromTop(partner, 'assignment-constraint-phone-ar');
    violations.push(...(await axeViolations(partner, 'assignment with a constraint error phone ar')));
    await branches.fill('3');
    await partner.getByText(BRANCHES_MESSAGE_AR).waitFor({ state: 'detached' });
    expect(await branches.getAttribute('aria-invalid')).not.toBe('true');
    // The draft is saved as they type.
    await partner.locator('[data-testid="save-status"][data-status="saved"]').waitFor();

    // The repeat: one service.
    await partner.getByRole('button', { name: 'التالي' }).click();
    expect(await partner.getByTestId('form-page-step').innerText()).toBe('الصفحة 2 من 2');
    await partner.getByText('لا توجد بنود بعد.').waitFor();
    await partner.getByRole('button', { name: 'إضافة بند' }).click();
    const entry = partner.getByTestId('repeat-entry-services[0]');
    await entry.waitFor();
    expect(await entry.getByText('البند 1', { exact: true }).isVisible()).toBe(true);
    await entry.getByLabel('اسم الخدمة').fill('قرض المشروع متناهي الصغر');
    await entry.getByLabel('عدد المستفيدين في السنة').fill('120');
    await partner.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    expect(await noHorizontalOverflow(partner)).toBeLessThanOrEqual(0);
    await screenshotFromTop(partner, 'assignment-form-phone-ar');
    violations.push(...(await axeViolations(partner, 'assignment repeat phone ar')));

    // Submit: confirmed, then locked.
    await partner.getByRole('button', { name: 'تسليم', exact: true }).click();
    const confirmSubmit = partner.getByRole('dialog', { name: 'تسليم الاستبيان؟' });
    await confirmSubmit.getByRole('button', { name: 'تسليم', exact: true }).click();
    await partner.locator('[data-testid="assignment-page"][data-status="SUBMITTED"]').waitFor();
    await partner.getByRole('alert').filter({ hasText: 'الإجابات مقفلة' }).waitFor();
    expect(await partner.getByTestId('assignment-status').innerText()).toBe('مُسلَّم');
    expect(await partner.getByRole('button', { name: 'تسليم', exact: true }).count()).toBe(0);
    await screenshotFromTop(partner, 'assignment-submitted-phone-ar');

    // Their notifications: the assignment and the reminder.
    await partner.goto('/notifications');
    const reminder = partner.getByTestId('notification-item').filter({ hasText: `تذكير: الاستبيان` }).filter({ hasText: title.ar });
    await reminder.waitFor();
    // Each notification says its kind in full, however long its title.
    expect(await clippedBadges(partner.getByTestId('notification-item').first())).toEqual([]);
    expect(await partner.getByTestId('notification-kind').allInnerTexts()).toEqual(expect.arrayContaining(['تذكير', 'استبيان جديد']));
    await screenshotFromTop(partner, 'notifications-phone-ar');
    violations.push(...(await axeViolations(partner, 'notifications phone ar')));

    // 6. Back on the lead's board: submitted, nobody pending.
    await lead.goto(boardUrl);
    await lead.getByTestId('completion-board').waitFor();
    await lead.getByText('سلّم جميع الشركاء.').waitFor();
    expect(await boardCount(lead, 'assigned')).toBe(1);
    expect(await boardCount(lead, 'submitted')).toBe(1);
    expect(await boardCount(lead, 'pending')).toBe(0);
    expect(await lead.getByTestId('completion-progress-text').innerText()).toBe('سلّم 1 من 1 شركاء');
    const row = lead.getByTestId('completion-assignment').filter({ hasText: MICROFINANCE_FUND });
    expect(await row.getByTestId('completion-assignment-status').innerText()).toBe('مُسلَّم');
    await screenshotFromTop(lead, 'completion-board-ar');
    violations.push(...(await axeViolations(lead, 'completion board desktop ar')));

    // 7. The submitted form on a desktop, in English (the partner's own view, read only).
    const desk = await open(DESKTOP);
    await signIn(desk, PARTNER_EMAIL, DEMO_PASSWORD);
    await desk.getByRole('button', { name: 'English' }).click();
    await desk.waitForFunction(() => document.documentElement.getAttribute('dir') === 'ltr');
    await desk.getByTestId('questionnaire-to-fill').filter({ hasText: title.en }).click();
    await desk.locator('[data-testid="assignment-page"][data-status="SUBMITTED"]').waitFor();
    expect(await desk.getByTestId('assignment-title').innerText()).toBe(title.en);
    // Wide screens show the whole form at once; the answers are there, locked.
    expect(await desk.getByLabel('Number of branches').inputValue()).toBe('3');
    expect(await desk.getByLabel('Name of the service').inputValue()).toBe('قرض المشروع متناهي الصغر');
    expect(await desk.getByLabel('Number of branches').getAttribute('readonly')).not.toBeNull();
    await screenshotFromTop(desk, 'assignment-submitted-desktop-en');
    violations.push(...(await axeViolations(desk, 'submitted assignment desktop en')));
    expect(violations).toEqual([]);
  }, 240_000);

  it('applies the Microfinance Fund’s answers to its services, and the coordinator’s matches change', async () => {
    // Before: the applicant's matches show the micro loan with its capacity of 80, and no mentoring by the Fund.
    const coordinator = await open();
    await signIn(coordinator, COORDINATOR_EMAIL, DEMO_PASSWORD);
    await coordinator.getByTestId('nav-applicants').click();
    // Searched for, not looked for on the first page: other specs on this server register applicants (newest first).
    await coordinator.getByTestId('applicant-search').fill(APPLICANT);
    await coordinator.getByTestId('applicant-row').filter({ hasText: APPLICANT }).click();
    await coordinator.getByTestId('match-list').waitFor();
    const applicantUrl = new URL(coordinator.url()).pathname;
    const microLoan = coordinator.getByTestId('match-card').filter({ hasText: MICRO_LOAN }).filter({ hasText: MICROFINANCE_FUND });
    await microLoan.waitFor();
    const before = await placesOf(microLoan);
    expect(before.capacity).toBe(80);
    expect(await coordinator.getByTestId('match-card').filter({ hasText: NEW_MENTORING }).count()).toBe(0);

    // The lead reviews the difference between the Fund's services and its submitted answers.
    const lead = await open();
    await signIn(lead, LEAD_EMAIL, DEMO_PASSWORD);
    await lead.getByRole('link', { name: 'الاستبيانات', exact: true }).click();
    await lead.getByTestId('questionnaire-row').filter({ hasText: LENDING_QUESTIONNAIRE }).getByRole('link', { name: 'الإنجاز' }).click();
    await lead.getByTestId('completion-board').waitFor();
    // The demo's board: six partners, three submitted, one overdue (Nahd).
    expect(await boardCount(lead, 'assigned')).toBe(6);
    expect(await boardCount(lead, 'submitted')).toBe(3);
    expect(await boardCount(lead, 'overdue')).toBe(1);
    await lead
      .getByTestId('completion-assignment')
      .filter({ hasText: MICROFINANCE_FUND })
      .getByRole('link', { name: 'مراجعة القدرات' })
      .click();
    await lead.getByRole('heading', { name: 'مراجعة القدرات', level: 1 }).waitFor();
    const changes = lead.getByTestId('capability-change');
    await changes.first().waitFor();
    expect(await changes.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-action')))).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    const microLoanChange = changes.filter({ hasText: MICRO_LOAN });
    const capacityRow = microLoanChange.locator('[data-testid="capability-field"][data-field="capacity"]');
    expect(await capacityRow.getAttribute('data-changed')).toBe('true');
    expect((await capacityRow.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toEqual(['الطاقة', '80', '100']);
    expect(await changes.filter({ hasText: NEW_MENTORING }).getAttribute('data-action')).toBe('CREATE');
    await screenshotFromTop(lead, 'capability-review-ar');
    expect(await axeViolations(lead, 'capability review desktop ar')).toEqual([]);

    // Apply, confirmed; afterwards nothing is left to apply.
    await lead.getByRole('button', { name: 'تطبيق هذه التغييرات' }).click();
    await lead.getByRole('dialog', { name: 'تطبيق هذه التغييرات' }).getByRole('button', { name: 'تأكيد' }).click();
    await lead.getByTestId('capability-applied-at').waitFor();
    await lead.getByTestId('capability-empty').waitFor();
    expect(await changes.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-action')))).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    await screenshotFromTop(lead, 'capability-review-applied-ar');

    // After: the same applicant's matches show the new capacity and the Fund's new mentoring service.
    await coordinator.goto(applicantUrl);
    await coordinator.getByTestId('match-list').waitFor();
    await microLoan.waitFor();
    const after = await placesOf(microLoan);
    expect(after.capacity).toBe(100);
    expect(after.free - before.free).toBe(20);
    const mentoring = coordinator.getByTestId('match-card').filter({ hasText: NEW_MENTORING }).filter({ hasText: MICROFINANCE_FUND });
    await mentoring.waitFor();
    expect(await mentoring.getAttribute('data-eligible')).toBe('true');
    expect((await placesOf(mentoring)).capacity).toBe(40);
    await screenshotFromTop(coordinator, 'applicant-matches-after-apply-ar');
  }, 180_000);
});
