import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { signIn, sessionGql } from './support/session';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_PASSWORD } = require('./support/accounts.cjs');

/** Staff of the Hadramout partners' lead agency: they manage its meetings and recommendations. */
const LEAD_EMAIL = 'lead@demo.shuraka.org';

/** `١٢` → 12: the dashboard writes Arabic-Indic digits in Arabic. */
function readNumber(text: string | null): number {
  const latin = (text ?? '').replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/[^0-9]/g, '');
  return Number(latin);
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function dashboardCounts(page: Page, consortiumId: string): Promise<{ open: number; overdue: number }> {
  await page.goto(`/dashboard?consortium=${consortiumId}`);
  const open = page.getByTestId('kpi-recommendations-open');
  await open.waitFor();
  return { open: readNumber(await open.textContent()), overdue: readNumber(await page.getByTestId('kpi-recommendations-overdue').textContent()) };
}

async function addRecommendation(page: Page, text: string, dueOn: string): Promise<void> {
  await page.getByTestId('recommendation-add').click();
  const form = page.getByTestId('recommendation-form');
  await form.waitFor();
  await page.getByTestId('recommendation-text-ar').fill(text);
  await page.getByTestId('recommendation-owners-input').click();
  await page.getByRole('option').first().click();
  await page.keyboard.press('Escape');
  const due = page.getByTestId('recommendation-due-input');
  await due.fill(dueOn);
  await due.press('Tab');
  await page.getByTestId('recommendation-submit').click();
  await form.waitFor({ state: 'detached' });
}

describe('recommendations in the browser: add, move to done, upload progress, dashboard counts', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  const suffix = String(Date.now()).slice(-6);

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

  it('follows a meeting’s recommendations to done and refuses a progress sheet with a bad row', async () => {
    const lead = await open();
    await signIn(lead, LEAD_EMAIL, DEMO_PASSWORD);

    // The consortium the lead agency leads.
    const { me, consortia } = await sessionGql<{
      me: { organization: { id: string } | null };
      consortia: { edges: Array<{ node: { id: string; members: Array<{ role: string; organization: { id: string } }> } }> };
    }>(lead, '{ me { organization { id } } consortia(first: 100) { edges { node { id members { role organization { id } } } } } }');
    const led = consortia.edges.find(({ node }) =>
      node.members.some((member) => member.role === 'LEAD' && member.organization.id === me.organization?.id),
    );
    expect(led).toBeDefined();
    const consortiumId = led!.node.id;

    const before = await dashboardCounts(lead, consortiumId);

    // A meeting held today, created through the API (its own pages are another test's subject).
    const { createMeeting } = await sessionGql<{ createMeeting: { id: string } }>(
      lead,
      'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      {
        input: {
          consortiumId,
          kind: 'PARTNERS_MEETING',
          title: { ar: `اجتماع متابعة الشركاء ${suffix}`, en: `Partners' follow-up meeting ${suffix}` },
          heldOn: isoDay(0),
          location: 'المكلا',
          attendees: [{ name: 'سالم باوزير', title: 'منسق' }],
        },
      },
    );
    const meetingId = createMeeting.id;

    // Two recommendations, numbered in the order they are added; the second one already late.
    await lead.goto(`/meetings/${meetingId}`);
    await lead.getByTestId('meeting-recommendations').waitFor();
    await addRecommendation(lead, 'توحيد نماذج الإحالة بين الجهات الشريكة', isoDay(30));
    await addRecommendation(lead, 'تدريب موظفي الإقراض على معايير الأهلية', isoDay(-10));
    const rows = lead.getByTestId('meeting-recommendations').getByTestId('recommendation-row');
    await rows.nth(1).waitFor();
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-number')))).toEqual(['1', '2']);
    await rows.nth(1).getByTestId('recommendation-overdue').waitFor();

    // Recommendation 1 to DONE with a note, from its page.
    await rows.nth(0).click();
    await lead.getByTestId('recommendation-kicker').waitFor();
    await lead.getByTestId('action-move').click();
    await lead.getByTestId('progress-status').getByText('منجزة').click();
    await lead.getByTestId('progress-note-input').fill('اعتمدت الجهات النموذج الموحد');
    await lead.getByTestId('progress-form-submit').click();
    await lead.locator('[data-testid="recommendation-status"][data-status="DONE"]').first().waitFor();
    await lead.getByTestId('progress-note').filter({ hasText: 'اعتمدت الجهات النموذج الموحد' }).waitFor();
    const recommendationId = new URL(lead.url()).pathname.split('/').pop()!;
    await screenshot(lead, 'recommendation-page-ar-desktop');

    // A progress sheet whose third row names a recommendation the meeting does not have: nothing changes.
    await lead.goto(`/meetings/${meetingId}`);
    await lead.getByTestId('progress-upload').click();
    await lead.locator('input[type="file"]').setInputFiles({
      name: 'progress.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('number,status,note,percent\n2,IN_PROGRESS,بدأ التدريب,20\n7,DONE,لا توجد توصية بهذا الرقم,\n', 'utf8'),
    });
    await lead.getByTestId('progress-submit').click();
    const refused = lead.locator('[data-testid="progress-error"][data-row="3"]');
    await refused.waitFor();
    expect(await lead.getByTestId('progress-error').count()).toBe(1);
    expect(await refused.textContent()).toContain('3');
    await screenshot(lead, 'progress-upload-refused-ar');
    const { meeting } = await sessionGql<{ meeting: { recommendations: Array<{ number: number; status: string; percent: number | null }> } }>(
      lead,
      'query ($id: ID!) { meeting(id: $id) { recommendations { number status percent } } }',
      { id: meetingId },
    );
    expect(meeting.recommendations).toEqual([
      { number: 1, status: 'DONE', percent: null },
      { number: 2, status: 'OPEN', percent: null },
    ]);

    // The dashboard counts the one left open, and late.
    const after = await dashboardCounts(lead, consortiumId);
    expect(after).toEqual({ open: before.open + 1, overdue: before.overdue + 1 });
    await screenshot(lead, 'dashboard-ar-desktop');

    // The board and the pages in English on a desktop, then in Arabic on a phone.
    await lead.getByTestId('lang-switch').click();
    await lead.goto(`/recommendations?consortium=${consortiumId}&meeting=${meetingId}`);
    await lead.getByTestId('board-column-DONE').getByTestId('recommendation-row').waitFor();
    await screenshot(lead, 'recommendations-board-en-desktop');
    await lead.goto(`/recommendations/${recommendationId}`);
    await lead.getByTestId('progress-note').waitFor();
    await screenshot(lead, 'recommendation-page-en-desktop');
    await dashboardCounts(lead, consortiumId);
    await lead.getByTestId('dashboard-chart-MONTH').waitFor();
    await screenshot(lead, 'dashboard-en-desktop');

    const phone = await open({ width: 390, height: 844 });
    await signIn(phone, LEAD_EMAIL, DEMO_PASSWORD);
    await phone.goto(`/recommendations?consortium=${consortiumId}&meeting=${meetingId}&status=OPEN`);
    await phone.getByTestId('board-status-tabs').waitFor();
    await phone.getByTestId('recommendation-row').first().waitFor();
    await screenshot(phone, 'recommendations-board-ar-phone');
    await phone.goto(`/recommendations/${recommendationId}`);
    await phone.getByTestId('progress-note').waitFor();
    await screenshot(phone, 'recommendation-page-ar-phone');
    await dashboardCounts(phone, consortiumId);
    await screenshot(phone, 'dashboard-ar-phone');
  }, 240_000);
});
