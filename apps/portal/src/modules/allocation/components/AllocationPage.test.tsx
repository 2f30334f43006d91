import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mffMicroLoan, referralSummary, smepsTraining, text } from '../../../test/fixtures';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { AllocationPage } from './AllocationPage';

const routes = [{ path: '/allocation', element: <AllocationPage /> }];
const coordinator = testUser({ role: Role.COORDINATOR, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: null } } });

const person = (id: string, fullName: string, category = 'UNIVERSITY_GRADUATE', governorate = 'YE-HD') => ({
  __typename: 'Applicant',
  id,
  fullName,
  category,
  gender: 'MALE',
  governorate,
  district: null,
  needs: ['MICRO_LOAN'],
  openReferrals: [] as Array<{ __typename: 'Referral'; id: string; status: string; service: { __typename: 'Service'; id: string; kind: string } }>,
  createdAt: '2026-01-10T08:00:00.000Z',
});
const cohort = [
  person('a1', 'أحمد سالم بن علي'),
  person('a2', 'فاطمة عوض باحميد', 'WOMAN_HEAD_OF_HOUSEHOLD'),
  person('a3', 'مريم ناصر', 'DROPOUT', 'YE-AD'),
];

const applicants = () => ({
  data: {
    applicants: {
      __typename: 'ApplicantConnection',
      totalCount: cohort.length,
      edges: cohort.map((node) => ({ __typename: 'ApplicantEdge', cursor: node.id, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

const services = () => ({
  data: {
    services: {
      __typename: 'ServiceConnection',
      edges: [mffMicroLoan, smepsTraining].map((service) => ({ __typename: 'ServiceEdge', cursor: service.id, node: service })),
    },
  },
});

const brief = (applicant: ReturnType<typeof person>) => ({
  __typename: 'Applicant',
  id: applicant.id,
  fullName: applicant.fullName,
  category: applicant.category,
  governorate: applicant.governorate,
});

type Brief = ReturnType<typeof brief>;
type Assignment = { __typename: 'Allocation'; score: number; applicant: Brief; service: typeof mffMicroLoan };
type Left = { __typename: 'UnassignedApplicant'; reason: string; message: string; applicant: Brief };

/** A plan as the API keeps it: the summary, and its two lists answered a page at a time. */
interface PlanFixture {
  assignments: Assignment[];
  unassigned: Left[];
}

const placements = (): PlanFixture => ({
  assignments: [
    { __typename: 'Allocation', score: 77.02, applicant: brief(cohort[1]), service: mffMicroLoan },
    { __typename: 'Allocation', score: 69.21, applicant: brief(cohort[0]), service: mffMicroLoan },
  ],
  unassigned: [
    {
      __typename: 'UnassignedApplicant',
      reason: 'NO_ELIGIBLE_SERVICE',
      message: 'لا توجد خدمة مناسبة له بأماكن متاحة',
      applicant: brief(cohort[2]),
    },
  ],
});

function summary(id: string, fixture: PlanFixture) {
  const totalScore = Math.round(fixture.assignments.reduce((sum, a) => sum + a.score, 0) * 100) / 100;
  return {
    __typename: 'AllocationPlan',
    id,
    committed: false,
    totalScore,
    applicantCount: fixture.assignments.length + fixture.unassigned.length,
    assignedCount: fixture.assignments.length,
    unassignedCount: fixture.unassigned.length,
  };
}

/** One page of a list, with the index of the next item as cursor. */
function pageOf<T>(typename: string, items: T[], variables: Record<string, unknown>) {
  const start = variables.after ? Number(variables.after) : 0;
  const first = Number(variables.first ?? 20);
  const slice = items.slice(start, start + first);
  return {
    __typename: typename,
    totalCount: items.length,
    edges: slice.map((node, index) => ({ __typename: `${typename.replace('Connection', '')}Edge`, cursor: String(start + index + 1), node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: start + first < items.length, endCursor: slice.length ? String(start + slice.length) : null },
  };
}

/** Handlers for planning (each plan from `next()`), reading a plan back and its pages. */
function planHandlers(next: () => PlanFixture): Record<string, OperationHandler> {
  const plans = new Map<string, PlanFixture>();
  const find = (variables: Record<string, unknown>) => plans.get(String(variables.id)) ?? placements();
  return {
    PlanAllocation: () => {
      const id = `plan-${plans.size + 1}`;
      const fixture = next();
      plans.set(id, fixture);
      return { data: { planAllocation: summary(id, fixture) } };
    },
    AllocationPlan: (variables) => ({ data: { allocationPlan: summary(String(variables.id), find(variables)) } }),
    AllocationAssignments: (variables) => ({
      data: {
        allocationPlan: {
          __typename: 'AllocationPlan',
          id: variables.id,
          assignmentPage: pageOf('AllocationConnection', find(variables).assignments, variables),
        },
      },
    }),
    AllocationUnassigned: (variables) => ({
      data: {
        allocationPlan: {
          __typename: 'AllocationPlan',
          id: variables.id,
          unassignedPage: pageOf('UnassignedApplicantConnection', find(variables).unassigned, variables),
        },
      },
    }),
  };
}

function renderPage(handlers: Record<string, OperationHandler>, options: { path?: string; language?: 'ar' | 'en' } = {}) {
  return renderApp(null, {
    routes,
    path: options.path ?? '/allocation',
    language: options.language,
    user: coordinator,
    handlers: { AllocationApplicants: applicants, ServiceOptions: services, ...handlers },
  });
}

describe('cohort allocation', () => {
  it('selects the page, plans, shows the counts, the placements in plan order and the left-out with why, and commits', async () => {
    const { requests } = renderPage({
      ...planHandlers(placements),
      CommitAllocation: () => ({
        data: {
          commitAllocation: [
            { ...referralSummary({ id: 'ref-a1' }), applicant: { __typename: 'Applicant', id: 'a1', fullName: 'أحمد سالم بن علي' } },
            { ...referralSummary({ id: 'ref-a2' }), applicant: { __typename: 'Applicant', id: 'a2', fullName: 'فاطمة عوض باحميد' } },
          ],
        },
      }),
    });
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    expect((screen.getByTestId('allocation-plan') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('allocation-select-page'));
    expect(screen.getByTestId('allocation-selected').textContent).toBe('المحدَّدون: 3');
    fireEvent.click(screen.getAllByTestId('allocation-applicant')[2]);
    expect(screen.getByTestId('allocation-selected').textContent).toBe('المحدَّدون: 2');
    expect((screen.getByTestId('allocation-select-page') as HTMLInputElement).indeterminate).toBe(true);
    fireEvent.click(screen.getAllByTestId('allocation-applicant')[2]);
    // Everyone matching is on this page: nothing more to offer.
    expect(screen.queryByTestId('allocation-select-all-banner')).toBeNull();
    fireEvent.click(screen.getByTestId('allocation-plan'));

    const review = await screen.findByTestId('plan-review');
    expect(requests.find((request) => request.operationName === 'PlanAllocation')?.variables).toEqual({
      input: { applicantIds: ['a1', 'a2', 'a3'] },
    });
    expect(within(review).getByTestId('plan-applicants').textContent).toBe('3');
    expect(within(review).getByTestId('plan-placed').textContent).toBe('2');
    expect(within(review).getByTestId('plan-not-placed').textContent).toBe('1');
    expect(within(review).getByTestId('plan-total-score').textContent).toBe('146.23');
    // Plan order, as the API pages it: best fit first.
    const rows = await within(review).findAllByTestId('plan-assignment');
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining('فاطمة عوض باحميد'), expect.stringContaining('أحمد سالم بن علي')]);
    expect(rows[0].textContent).toContain('قرض المشروع متناهي الصغر');
    expect(within(review).getAllByTestId('plan-assignment-score').map((cell) => cell.textContent)).toEqual(['77.02', '69.21']);
    const left = await within(review).findByTestId('plan-unassigned-row');
    expect(left.getAttribute('data-reason')).toBe('NO_ELIGIBLE_SERVICE');
    expect(left.textContent).toContain('لا توجد خدمة مناسبة فيها مقاعد');
    expect(left.textContent).toContain('مريم ناصر');
    // The plan is read back as counts; its lists only a page at a time.
    expect(requests.find((request) => request.operationName === 'AllocationAssignments')?.variables).toEqual({ id: 'plan-1', first: 50 });

    fireEvent.click(within(review).getByTestId('plan-commit'));
    const done = await screen.findByTestId('plan-committed');
    expect(done.textContent).toContain('عدد الإحالات المرسلة: 2');
    expect(
      within(done)
        .getAllByTestId('plan-sent-referral')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/referrals/ref-a1', '/referrals/ref-a2']);
    expect(screen.queryByTestId('plan-commit')).toBeNull();
    expect(requests.find((request) => request.operationName === 'CommitAllocation')?.variables).toEqual({ planId: 'plan-1' });

    // Back to the cohort: the applicants are read again (they now have referrals).
    const listed = requests.filter((request) => request.operationName === 'AllocationApplicants').length;
    fireEvent.click(screen.getByTestId('plan-discard'));
    await waitFor(() => expect(requests.filter((request) => request.operationName === 'AllocationApplicants').length).toBe(listed + 1));
  }, 40_000);

  it('pages through a large plan’s placements and left-out applicants instead of loading them whole', async () => {
    const many = (): PlanFixture => ({
      assignments: Array.from({ length: 70 }, (_, index) => ({
        __typename: 'Allocation' as const,
        score: 200 - index,
        applicant: { __typename: 'Applicant', id: `p${index}`, fullName: `متقدم ${index}`, category: 'DROPOUT', governorate: 'YE-HD' },
        service: mffMicroLoan,
      })),
      unassigned: Array.from({ length: 55 }, (_, index) => ({
        __typename: 'UnassignedApplicant' as const,
        reason: 'CAPACITY',
        message: 'الأماكن المتاحة ذهبت لمتقدمين أنسب لها',
        applicant: { __typename: 'Applicant', id: `u${index}`, fullName: `منتظر ${index}`, category: 'DROPOUT', governorate: 'YE-HD' },
      })),
    });
    const { requests } = renderPage(planHandlers(many));
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('allocation-select-page'));
    fireEvent.click(screen.getByTestId('allocation-plan'));

    const review = await screen.findByTestId('plan-review');
    expect(within(review).getByTestId('plan-applicants').textContent).toBe('125');
    const placed = await within(review).findByTestId('plan-assignments');
    expect(within(placed).getAllByTestId('plan-assignment')).toHaveLength(50);
    expect(within(placed).getByTestId('list-count').textContent).toBe('عرض 50 من 70');
    fireEvent.click(within(placed).getByTestId('load-more'));
    await waitFor(() => expect(within(placed).getAllByTestId('plan-assignment')).toHaveLength(70));
    expect(within(placed).queryByTestId('load-more')).toBeNull();
    expect(within(placed).getAllByTestId('plan-assignment-score').slice(48, 52).map((cell) => cell.textContent)).toEqual(['152', '151', '150', '149']);
    expect(
      requests.filter((request) => request.operationName === 'AllocationAssignments').map((request) => request.variables.after ?? null),
    ).toEqual([null, '50']);

    const left = within(review).getByTestId('plan-unassigned');
    expect(within(left).getAllByTestId('plan-unassigned-row')).toHaveLength(50);
    fireEvent.click(within(left).getByTestId('load-more'));
    await waitFor(() => expect(within(left).getAllByTestId('plan-unassigned-row')).toHaveLength(55));
    expect(within(left).getAllByTestId('plan-unassigned-reason')[54].textContent).toBe('ذهبت المقاعد لمن هم أنسب');
    // Placements already read stay: reading more of one list does not reload the other.
    expect(within(placed).getAllByTestId('plan-assignment')).toHaveLength(70);
    expect(within(review).getByTestId('plan-commit').textContent).toContain('70');
  }, 60_000);

  it('says when places changed since the plan, and plans the same cohort again', async () => {
    const { requests } = renderPage({
      ...planHandlers(placements),
      CommitAllocation: () =>
        graphQLError('CONFLICT', 'Places changed since the plan was made; make a new plan', { changedServiceIds: ['svc-mff-micro'] }),
    });
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('allocation-select-page'));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    fireEvent.click(await screen.findByTestId('plan-commit'));

    const conflict = await screen.findByTestId('plan-conflict');
    expect(conflict.textContent).toContain('تغيّرت المقاعد منذ إعداد هذه الخطة');
    expect(screen.queryByTestId('plan-commit')).toBeNull();

    fireEvent.click(within(conflict).getByTestId('plan-again'));
    await waitFor(() => expect(screen.queryByTestId('plan-conflict')).toBeNull());
    expect(await screen.findByTestId('plan-commit')).toBeTruthy();
    const planned = requests.filter((request) => request.operationName === 'PlanAllocation');
    expect(planned).toHaveLength(2);
    expect((planned[1].variables.input as { applicantIds: string[] }).applicantIds.sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('plans again letting a left-out applicant have a second open referral of a kind, with the reason given', async () => {
    let plans = 0;
    const blocked = (): PlanFixture => ({
      ...placements(),
      unassigned: [
        { __typename: 'UnassignedApplicant', reason: 'OPEN_REFERRAL_OF_KIND', message: 'لديه إحالة مفتوحة', applicant: brief(cohort[2]) },
      ],
    });
    const allowed = (): PlanFixture => ({
      assignments: [...placements().assignments, { __typename: 'Allocation', score: 50, applicant: brief(cohort[2]), service: mffMicroLoan }],
      unassigned: [],
    });
    const { requests } = renderPage(planHandlers(() => (++plans === 1 ? blocked() : allowed())));
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('allocation-select-page'));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    const row = await screen.findByTestId('plan-unassigned-row');
    expect(row.getAttribute('data-reason')).toBe('OPEN_REFERRAL_OF_KIND');
    fireEvent.click(within(row).getByTestId('plan-allow-second'));
    const confirm = within(row).getByTestId('plan-allow-second-confirm');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(row).getByTestId('plan-allow-second-reason'), { target: { value: '  القرض الأول لم يُصرف  ' } });
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.getByTestId('plan-not-placed').textContent).toBe('0'));
    expect(screen.queryByTestId('plan-unassigned')).toBeNull();
    const planned = requests.filter((request) => request.operationName === 'PlanAllocation');
    expect(planned).toHaveLength(2);
    expect((planned[0].variables.input as Record<string, unknown>).allowSecondOfKind).toBeUndefined();
    const input = planned[1].variables.input as { applicantIds: string[]; allowSecondOfKind: unknown };
    expect(input.applicantIds.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(input.allowSecondOfKind).toEqual([{ applicantId: 'a3', reason: 'القرض الأول لم يُصرف' }]);
  });

  it('restricts the plan to the services chosen', async () => {
    const { requests } = renderPage(planHandlers(placements));
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('allocation-applicant')[0]);
    fireEvent.click(screen.getByTestId('allocation-services'));
    fireEvent.click(await screen.findByRole('option', { name: /تدريب ريادة الأعمال للشباب/, hidden: true }));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    await screen.findByTestId('plan-review');
    expect(requests.find((request) => request.operationName === 'PlanAllocation')?.variables).toEqual({
      input: { applicantIds: ['a1'], serviceIds: ['svc-smeps-training'] },
    });
  });

  it('is for coordinators only', async () => {
    renderApp(null, {
      routes,
      path: '/allocation',
      user: testUser({ role: Role.PARTNER_STAFF, organization: { id: 'x', name: text('x', null) } }),
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});

describe('the cohort picker', () => {
  it('shows each applicant’s open referrals, kind and status', async () => {
    const withOpen = {
      ...cohort[0],
      openReferrals: [{ __typename: 'Referral' as const, id: 'ref-open', status: 'ACCEPTED', service: { __typename: 'Service' as const, id: 'svc-mff-micro', kind: 'MICRO_LOAN' } }],
    };
    renderPage({
      AllocationApplicants: () => ({
        data: {
          applicants: {
            __typename: 'ApplicantConnection',
            totalCount: 2,
            edges: [withOpen, cohort[1]].map((node) => ({ __typename: 'ApplicantEdge', cursor: node.id, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      }),
    });
    const rows = await screen.findAllByTestId('allocation-applicant');
    expect(rows).toHaveLength(2);
    const chips = screen.getAllByTestId('open-referral-chip');
    expect(chips).toHaveLength(1);
    expect(chips[0].dataset.kind).toBe('MICRO_LOAN');
    expect(chips[0].textContent).toContain('مقبولة');
  }, 20_000);
});

/** A page of three applicants out of `total` matching. */
const manyMatching = (total: number) => () => ({
  data: {
    applicants: {
      __typename: 'ApplicantConnection',
      totalCount: total,
      edges: cohort.map((node) => ({ __typename: 'ApplicantEdge', cursor: node.id, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'a3' },
    },
  },
});

describe('choosing everyone matching the filters', () => {
  it('sends the filters from the page to the count and, when all matching are chosen, to the plan as its cohort', async () => {
    const { requests } = renderPage(
      { AllocationApplicants: manyMatching(1234), ...planHandlers(placements) },
      { path: '/allocation?q=سالم&category=DROPOUT&governorate=YE-AD&from=2026-01-01&to=2026-03-31' },
    );
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    const filter = { search: 'سالم', category: 'DROPOUT', governorate: 'YE-AD', registeredFrom: '2026-01-01', registeredTo: '2026-03-31' };
    expect(requests.find((request) => request.operationName === 'AllocationApplicants')?.variables).toEqual({ filter, first: 20 });
    expect(screen.getByTestId('allocation-matching').textContent).toBe('المطابقون لهذه المرشحات: 1,234');

    fireEvent.click(screen.getByTestId('allocation-filter-not-referred'));
    await waitFor(() =>
      expect(requests.filter((request) => request.operationName === 'AllocationApplicants').at(-1)?.variables).toEqual({
        filter: { ...filter, notYetReferred: true },
        first: 20,
      }),
    );
    fireEvent.click(await screen.findByTestId('allocation-select-all'));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    await screen.findByTestId('plan-review');
    expect(requests.find((request) => request.operationName === 'PlanAllocation')?.variables).toEqual({
      input: { applicantIds: [], cohort: { ...filter, notYetReferred: true } },
    });
  });

  it('offers everyone matching next to the page’s selection, keeps the rest ticked when one is unticked, and forgets it when the filters change', async () => {
    renderPage({ AllocationApplicants: manyMatching(1234) });
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    const banner = screen.getByTestId('allocation-select-all-banner');
    expect(within(banner).getByTestId('allocation-select-all').textContent).toBe('تحديد كل المطابقين لهذه المرشحات (1,234)');

    fireEvent.click(screen.getByTestId('allocation-select-page'));
    expect(banner.textContent).toContain('تم تحديد المعروضين (3).');
    fireEvent.click(within(banner).getByTestId('allocation-select-all'));
    expect(screen.getByTestId('allocation-selected').textContent).toBe('المحدَّدون: 1,234');
    expect(screen.getByTestId('allocation-all-selected').textContent).toBe('تم تحديد كل المتقدمين المطابقين لهذه المرشحات (1,234).');
    expect(screen.getByTestId('allocation-plan').textContent).toBe('إعداد الخطة لـ1,234');
    expect(screen.getAllByRole('checkbox', { name: /^تحديد / }).every((box) => (box as HTMLInputElement).checked)).toBe(true);

    // Unticking one leaves the others shown, ticked one by one.
    fireEvent.click(screen.getAllByTestId('allocation-applicant')[0]);
    expect(screen.getByTestId('allocation-selected').textContent).toBe('المحدَّدون: 2');
    expect(screen.queryByTestId('allocation-all-selected')).toBeNull();

    fireEvent.click(screen.getByTestId('allocation-select-all'));
    expect(screen.getByTestId('allocation-selected').textContent).toBe('المحدَّدون: 1,234');
    // Another filter is another cohort: "everyone matching" the old one is not carried over.
    fireEvent.click(screen.getByTestId('allocation-filter-not-referred'));
    expect(screen.getByTestId('allocation-selected').textContent).toBe('المحدَّدون: 0');
    expect((screen.getByTestId('allocation-plan') as HTMLButtonElement).disabled).toBe(true);
  }, 40_000);

  it('explains the limit when more applicants match than one plan takes', async () => {
    renderPage({ AllocationApplicants: manyMatching(25_000) });
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    expect(screen.getByTestId('allocation-over-limit').textContent).toContain('25,000');
    expect(screen.getByTestId('allocation-over-limit').textContent).toContain('20,000');
    expect(screen.queryByTestId('allocation-select-all')).toBeNull();
    // Ticking one by one still works.
    fireEvent.click(screen.getByTestId('allocation-select-page'));
    expect((screen.getByTestId('allocation-plan') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says the dates are the wrong way round', async () => {
    renderPage({}, { path: '/allocation?from=2026-03-01&to=2026-01-31' });
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    expect(screen.getByText('هذا اليوم قبل يوم «مسجَّل من تاريخ».')).toBeTruthy();
  });
});

describe('a plan that takes time', () => {
  it('shows that it is planning, then says so plainly when the server is planning other cohorts', async () => {
    let answer: (body: ReturnType<typeof graphQLError>) => void = () => undefined;
    renderPage({
      AllocationApplicants: manyMatching(1234),
      PlanAllocation: () => new Promise((resolve) => (answer = resolve)),
    });
    fireEvent.click(await screen.findByTestId('allocation-select-all'));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    const busy = await screen.findByTestId('allocation-planning');
    expect(busy.getAttribute('role')).toBe('status');
    expect(busy.textContent).toContain('جارٍ إعداد الخطة لـ1,234 متقدم');

    answer(graphQLError('TOO_MANY_REQUESTS', 'The planning queue is full'));
    const full = await screen.findByTestId('allocation-server-busy');
    expect(full.textContent).toContain('الخادم يُعدّ خططاً لمجموعات أخرى الآن؛ حاول مرة أخرى بعد دقيقة.');
    expect(screen.queryByTestId('allocation-planning')).toBeNull();
    // The choice stays: trying again is one tap.
    expect(screen.getByTestId('allocation-selected').textContent).toBe('المحدَّدون: 1,234');
  });

  it('gives the cohort limit in the reader’s words when more match by the time the plan is asked for', async () => {
    renderPage({
      AllocationApplicants: manyMatching(20_000),
      PlanAllocation: () =>
        graphQLError('BAD_USER_INPUT', 'Invalid input', {
          fieldErrors: [{ field: 'cohort', constraint: 'maxCohort', message: 'matches 20003 applicants; at most 20000 are planned at once' }],
        }),
    });
    fireEvent.click(await screen.findByTestId('allocation-select-all'));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    const alert = await screen.findByTestId('allocation-cohort-too-large');
    expect(alert.textContent).toContain('20,000 على الأكثر');
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('says it in English too', async () => {
    renderPage({ PlanAllocation: () => graphQLError('TOO_MANY_REQUESTS', 'The planning queue is full') }, { language: 'en' });
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('allocation-select-page'));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    expect((await screen.findByTestId('allocation-server-busy')).textContent).toContain(
      'The server is planning other cohorts; try again in a minute.',
    );
  });
});
