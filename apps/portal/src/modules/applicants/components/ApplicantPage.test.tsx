import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applicantProfile, eligibleMatches, ineligibleMatch, referralSummary } from '../../../test/fixtures';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { ApplicantPage } from './ApplicantPage';

const routes = [{ path: '/applicants/:id', element: <ApplicantPage /> }];
const coordinator = testUser({ role: Role.COORDINATOR, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: 'SMEPS' } } });

function applicant(referrals: unknown[] = []) {
  return {
    data: {
      applicant: {
        ...applicantProfile,
        nationalIdLastDigits: '3456',
        consentGivenAt: '2026-01-10T07:55:00.000Z',
        consentWithdrawnAt: null,
        consentWithdrawalReason: null,
        consortiumId: null,
        version: 1,
        createdAt: '2026-01-10T07:55:00.000Z',
        referrals,
      },
    },
  };
}

function matches(variables: Record<string, unknown>) {
  return { data: { matchServices: variables.includeIneligible ? [...eligibleMatches, ineligibleMatch] : eligibleMatches } };
}

const auditEntry = (id: string, action: string, recordType: string, user: { displayName: string; role: string }, fields: string[] = []) => ({
  __typename: 'AuditEntry',
  id,
  at: '2026-02-01T09:30:00.000Z',
  action,
  recordType,
  user: { __typename: 'User', id: `user-${id}`, ...user },
  changes: fields.map((field) => ({ __typename: 'AuditFieldChange', field })),
});

function audit(entries: unknown[] = [], totalCount = entries.length) {
  return {
    data: {
      applicantAudit: { __typename: 'AuditEntryConnection', totalCount, edges: entries.map((node) => ({ __typename: 'AuditEntryEdge', node })) },
    },
  };
}

function renderPage(handlers: Record<string, OperationHandler> = {}, user = coordinator, language: 'ar' | 'en' = 'ar') {
  return renderApp(null, {
    language,
    routes,
    path: '/applicants/app-ahmed',
    user,
    handlers: { Applicant: () => applicant(), MatchServices: matches, ApplicantAudit: () => audit(), ...handlers },
  });
}

describe('ApplicantPage', () => {
  it('shows the applicant with only the last digits of the national id', async () => {
    renderPage();
    expect((await screen.findByTestId('applicant-title')).textContent).toBe('أحمد سالم بن علي');
    // The sections render just after the heading (a transition), not necessarily in the same render.
    const details = await screen.findByTestId('applicant-details');
    expect(within(details).getByTestId('fact-national-id').textContent).toBe('البطاقة الشخصيةينتهي بالأرقام 3456');
    expect(within(details).getByTestId('fact-amount').textContent).toContain('500,000');
    expect(within(details).getByTestId('fact-birth-date').textContent).toMatch(/14 مارس 1998 · \d+ سنة/);
    expect(within(details).getByText('ضمان جماعي')).toBeTruthy();
    expect(screen.getByTestId('applicant-no-referrals')).toBeTruthy();
  });

  it('ranks the matches with a score bar and each part of the score, in the order of its weight', async () => {
    renderPage();
    const cards = await screen.findAllByTestId('match-card');
    expect(cards).toHaveLength(2);
    const first = cards[0];
    expect(within(first).getByTestId('match-service-name').textContent).toBe('قرض المشروع متناهي الصغر');
    expect(within(first).getByTestId('match-score').textContent).toBe('69 / 100');
    expect(within(first).getByTestId('match-fit').textContent).toBe('مناسبة جداً');
    expect(within(first).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('69.21');
    // The exact breakdown is one tap away.
    const toggle = within(first).getByTestId('match-breakdown-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = within(first).getAllByTestId('match-contribution');
    expect(rows.map((row) => [row.dataset.code, within(row).getByTestId('match-points').textContent])).toEqual([
      ['NEED', '+35'],
      ['AMOUNT_FIT', '+14.21'],
      ['GOVERNORATE_MATCH', '+10'],
      ['CAPACITY_HEADROOM', '+10'],
      ['DISTRICT_BRANCH', '0'],
      ['TRACK_RECORD', '0'],
    ]);
    expect(rows[0].textContent).toContain('الاحتياج: «قرض متناهي الصغر» من احتياجات المتقدم');
  });

  it('shows the services that do not fit, with their reasons, when asked', async () => {
    const { requests } = renderPage();
    await screen.findAllByTestId('match-card');
    expect(screen.queryByTestId('match-not-eligible')).toBeNull();

    fireEvent.click(screen.getByTestId('matches-show-ineligible'));
    await waitFor(() => expect(screen.getAllByTestId('match-card')).toHaveLength(3));
    expect(
      requests.filter((request) => request.operationName === 'MatchServices').map((request) => request.variables.includeIneligible),
    ).toEqual([false, true]);
    const ineligible = screen.getAllByTestId('match-card')[2];
    expect(within(ineligible).getByTestId('match-not-eligible').textContent).toBe('غير مستوفٍ للشروط');
    expect(
      within(ineligible)
        .getAllByTestId('match-exclusion')
        .map((row) => row.textContent),
    ).toEqual(['الفئة: الخدمة لا تشمل فئة «خريج جامعة»', 'الجنس: الخدمة مخصصة لفئة: أنثى']);
    expect(within(ineligible).queryByTestId('refer-button')).toBeNull();
    expect(within(ineligible).queryByTestId('match-score-bar')).toBeNull();
  });

  it('refers after a confirmation naming the service, the partner and the data shared, then keeps the card in place, marked', async () => {
    let referred = false;
    const { requests } = renderPage({
      Applicant: () => applicant(referred ? [referralSummary()] : []),
      // After the referral the ranking changes (places were taken): the cards must not move.
      MatchServices: () => ({ data: { matchServices: referred ? [...eligibleMatches].reverse() : eligibleMatches } }),
      CreateReferral: () => {
        referred = true;
        return { data: { createReferral: referralSummary() } };
      },
    });
    const first = (await screen.findAllByTestId('match-card'))[0];
    fireEvent.click(within(first).getByTestId('refer-note-toggle'));
    fireEvent.change(within(first).getByTestId('refer-note'), { target: { value: '  لديه خبرة سنتين في الخياطة  ' } });
    fireEvent.click(within(first).getByTestId('refer-button'));
    // Nothing is sent before the confirmation.
    const sheet = await screen.findByTestId('refer-confirm');
    expect(requests.some((request) => request.operationName === 'CreateReferral')).toBe(false);
    expect(within(sheet).getByTestId('refer-confirm-service').textContent).toBe('قرض المشروع متناهي الصغر');
    expect(within(sheet).getByTestId('refer-confirm-partner').textContent).toBe('صندوق التمويل الأصغر (الصندوق الدوار)');
    expect(within(sheet).getByTestId('refer-confirm-shared').textContent).toContain('رقم الهاتف');
    expect(sheet.textContent).toContain('لا يُشارَك رقم الهوية');
    fireEvent.click(within(sheet).getByTestId('refer-confirm-button'));

    await waitFor(() => expect(within(screen.getAllByTestId('match-card')[0]).getByTestId('match-referred')).toBeTruthy());
    expect(requests.find((request) => request.operationName === 'CreateReferral')?.variables).toEqual({
      input: { applicantId: 'app-ahmed', serviceId: 'svc-mff-micro', note: 'لديه خبرة سنتين في الخياطة' },
    });
    await waitFor(() => expect(requests.filter((request) => request.operationName === 'MatchServices').length).toBeGreaterThan(1));
    const card = screen.getAllByTestId('match-card')[0];
    expect(card.dataset.serviceId).toBe('svc-mff-micro');
    expect(card.dataset.referred).toBe('true');
    expect(within(card).getByTestId('referral-status').textContent).toBe('مُرسلة');
    expect(within(card).getByTestId('match-view-referral').getAttribute('href')).toBe('/referrals/ref-1');
    const listed = screen.getByTestId('applicant-referral');
    expect(listed.getAttribute('href')).toBe('/referrals/ref-1');
    expect(listed.textContent).toContain('قرض المشروع متناهي الصغر — صندوق التمويل الأصغر (الصندوق الدوار)');
  }, 20_000);

  it('explains a refusal because the applicant no longer fits, with the API’s reasons', async () => {
    renderPage({
      CreateReferral: () =>
        graphQLError('CONFLICT', 'The applicant is not eligible for this service', {
          reasons: [{ code: 'CAPACITY', message: 'لا توجد أماكن متاحة (السعة 80)' }],
        }),
    });
    const first = (await screen.findAllByTestId('match-card'))[0];
    fireEvent.click(within(first).getByTestId('refer-button'));
    fireEvent.click(await screen.findByTestId('refer-confirm-button'));
    const error = await screen.findByTestId('refer-error');
    expect(error.textContent).toContain('المتقدم لا يستوفي شروط هذه الخدمة:');
    expect(error.textContent).toContain('لا توجد أماكن متاحة (السعة 80)');
  });

  it('asks for the matches again in the new language, the reasons being written by the API', async () => {
    const { requests, i18n } = renderPage();
    await screen.findAllByTestId('match-card');
    await i18n.changeLanguage('en');
    await waitFor(() => expect(requests.filter((request) => request.operationName === 'MatchServices')).toHaveLength(2));
    const languages = requests
      .filter((request) => request.operationName === 'MatchServices')
      .map((request) => request.headers.get('accept-language'));
    expect(languages).toEqual(['ar', 'en']);
  });

  it('lets an administrator look without referring', async () => {
    renderPage({}, testUser({ role: Role.ADMIN }), 'en');
    const cards = await screen.findAllByTestId('match-card');
    expect(within(cards[0]).getByTestId('match-score').textContent).toBe('69 / 100');
    expect(within(cards[0]).getByTestId('match-fit').textContent).toBe('Very good fit');
    expect(screen.queryByTestId('refer-button')).toBeNull();
  });

  it('asks for a reason before a second referral of a kind that is already open, and sends it', async () => {
    let calls = 0;
    const { requests } = renderPage({
      CreateReferral: () => {
        calls += 1;
        if (calls === 1) return graphQLError('CONFLICT', 'open of kind', { reason: 'OPEN_REFERRAL_OF_KIND', referralId: 'ref-old', kind: 'MICRO_LOAN' });
        return { data: { createReferral: referralSummary() } };
      },
    });
    const first = (await screen.findAllByTestId('match-card'))[0];
    fireEvent.click(within(first).getByTestId('refer-button'));
    fireEvent.click(await screen.findByTestId('refer-confirm-button'));
    expect((await screen.findByTestId('refer-open-of-kind')).textContent).toContain('إحالة مفتوحة إلى خدمة أخرى من النوع نفسه');
    expect((screen.getByTestId('refer-confirm-button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('refer-override-reason'), { target: { value: 'القرض الأول لم يُصرف بعد ويحتاج معدات' } });
    fireEvent.click(screen.getByTestId('refer-confirm-button'));
    await waitFor(() => expect(requests.filter((request) => request.operationName === 'CreateReferral')).toHaveLength(2));
    expect(requests.filter((request) => request.operationName === 'CreateReferral')[1].variables).toEqual({
      input: { applicantId: 'app-ahmed', serviceId: 'svc-mff-micro', overrideReason: 'القرض الأول لم يُصرف بعد ويحتاج معدات' },
    });
  }, 20_000);

  it('lists what meets the applicant’s needs apart from the other services open to them', async () => {
    renderPage({ MatchServices: () => ({ data: { matchServices: [eligibleMatches[0], { ...eligibleMatches[1], meetsNeeds: false }] } }) });
    const needs = await screen.findByTestId('matches-meets-needs');
    expect(within(needs).getAllByTestId('match-card').map((card) => card.dataset.serviceId)).toEqual(['svc-mff-micro']);
    const others = screen.getByTestId('matches-others');
    expect(within(others).getAllByTestId('match-card')).toHaveLength(1);
    expect(screen.getByText('تلبي احتياجات المتقدم')).toBeTruthy();
    expect(screen.getByText('خدمات أخرى متاحة له')).toBeTruthy();
  });

  it('shows a declined referral’s reason and explanation, and offers to refer elsewhere', async () => {
    const declined = referralSummary({
      status: 'DECLINED',
      declineReason: 'NO_CAPACITY',
      history: [
        { __typename: 'ReferralEvent', to: 'SENT', reason: null },
        { __typename: 'ReferralEvent', to: 'DECLINED', reason: 'اكتملت مقاعد هذه الدورة' },
      ],
    });
    renderPage({ Applicant: () => applicant([declined]) });
    const notice = await screen.findByTestId('decline-notice');
    expect(within(notice).getByTestId('decline-explanation').textContent).toBe('اكتملت مقاعد هذه الدورة');
    expect(within(notice).getByTestId('decline-reason').textContent!.length).toBeGreaterThan(0);
    expect(within(notice).getByTestId('refer-elsewhere').getAttribute('href')).toBe('/applicants/app-ahmed?elsewhere=svc-mff-micro#applicant-matches');
  });

  it('shows who saw and changed the record, newest first, in Arabic and in English', async () => {
    const entries = [
      auditEntry('3', 'READ_PERSONAL_DATA', 'APPLICANT', { displayName: 'موظف الصندوق', role: 'PARTNER_STAFF' }),
      auditEntry('2', 'UPDATE', 'REFERRAL', { displayName: 'موظف الصندوق', role: 'PARTNER_STAFF' }, ['status', 'version']),
      auditEntry('1', 'CREATE', 'APPLICANT', { displayName: 'منسق المكلا', role: 'COORDINATOR' }),
    ];
    const { requests } = renderPage({ ApplicantAudit: () => audit(entries, 60) });
    const rows = await screen.findAllByTestId('applicant-audit-entry');
    expect(rows.map((row) => within(row).getByTestId('applicant-audit-text').textContent)).toEqual([
      'موظف الصندوق: اطّلاع على البيانات الشخصية',
      'موظف الصندوق: تعديل إحالة',
      'منسق المكلا: إنشاء السجل',
    ]);
    expect(within(rows[1]).getByTestId('applicant-audit-fields').textContent).toContain('status');
    expect(within(rows[0]).queryByTestId('applicant-audit-fields')).toBeNull();
    expect(within(rows[0]).getByText('موظف جهة شريكة')).toBeTruthy();
    expect(screen.getByTestId('applicant-audit-more').textContent).toBe('يُعرض آخر 3 من أصل 60 قيداً.');
    expect(requests.find((request) => request.operationName === 'ApplicantAudit')?.variables).toEqual({ applicantId: 'app-ahmed', first: 50 });
  });

  it('says so in English when nothing is recorded, and when the history cannot be loaded', async () => {
    renderPage({}, coordinator, 'en');
    expect((await screen.findByTestId('applicant-audit-empty')).textContent).toBe('Nothing recorded yet.');
    expect(screen.getByText('Who saw and changed this record')).toBeTruthy();
  });

  it('keeps the page when the history is refused', async () => {
    renderPage({ ApplicantAudit: () => graphQLError('FORBIDDEN') }, coordinator, 'en');
    expect((await screen.findByTestId('applicant-audit-failed')).textContent).toBe('The history could not be loaded.');
    expect(screen.getByTestId('applicant-title').textContent).toBe('أحمد سالم بن علي');
  });

  it('withdraws the consent after a confirmation with a reason, then shows it and offers no referral', async () => {
    const { requests } = renderPage({
      WithdrawApplicantConsent: (variables) => ({
        data: {
          withdrawApplicantConsent: {
            __typename: 'Applicant',
            id: 'app-ahmed',
            consentWithdrawnAt: '2026-02-01T09:30:00.000Z',
            consentWithdrawalReason: (variables.input as { reason: string }).reason,
            version: 2,
          },
        },
      }),
    });
    await screen.findAllByTestId('match-card', {}, { timeout: 5000 });
    expect(screen.getAllByTestId('refer-button').length).toBeGreaterThan(0);
    expect(screen.getByTestId('applicant-edit').getAttribute('href')).toBe('/applicants/app-ahmed/edit');
    fireEvent.click(screen.getByTestId('applicant-withdraw-consent'));
    fireEvent.click(await screen.findByTestId('applicant-withdraw-confirm'));
    expect(await screen.findByText('اكتب السبب.')).toBeTruthy();
    expect(requests.some((request) => request.operationName === 'WithdrawApplicantConsent')).toBe(false);

    fireEvent.change(screen.getByTestId('applicant-withdraw-reason'), { target: { value: 'انتقلت إلى محافظة أخرى' } });
    fireEvent.click(screen.getByTestId('applicant-withdraw-confirm'));
    const notice = await screen.findByTestId('applicant-consent-withdrawn', {}, { timeout: 5000 });
    expect(notice.textContent).toContain('السبب: انتقلت إلى محافظة أخرى');
    const sent = requests.find((request) => request.operationName === 'WithdrawApplicantConsent');
    expect(sent?.variables.input).toEqual({ applicantId: 'app-ahmed', expectedVersion: 1, reason: 'انتقلت إلى محافظة أخرى' });
    await waitFor(() => expect(screen.queryAllByTestId('refer-button')).toHaveLength(0));
    expect(screen.queryByTestId('applicant-withdraw-consent')).toBeNull();
  });

  it('offers no correction or withdrawal to partner staff', async () => {
    renderPage({}, testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'x', en: null } } }));
    await screen.findByTestId('applicant-title', {}, { timeout: 5000 });
    expect(screen.queryByTestId('applicant-edit')).toBeNull();
    expect(screen.queryByTestId('applicant-withdraw-consent')).toBeNull();
  });
});
