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

function plan(id: string) {
  return {
    __typename: 'AllocationPlan',
    id,
    committed: false,
    totalScore: 146.23,
    assignments: [
      { __typename: 'Allocation', score: 69.21, applicant: brief(cohort[0]), service: mffMicroLoan },
      { __typename: 'Allocation', score: 77.02, applicant: brief(cohort[1]), service: mffMicroLoan },
    ],
    unassignedReasons: [
      {
        __typename: 'UnassignedApplicant',
        reason: 'NO_ELIGIBLE_SERVICE',
        message: 'لا توجد خدمة مناسبة له بأماكن متاحة',
        applicant: brief(cohort[2]),
      },
    ],
  };
}

function renderPage(handlers: Record<string, OperationHandler>) {
  return renderApp(null, {
    routes,
    path: '/allocation',
    user: coordinator,
    handlers: { AllocationApplicants: applicants, ServiceOptions: services, ...handlers },
  });
}

describe('cohort allocation', () => {
  it('selects the page, plans, shows the plan grouped by service with the left-out and why, and commits', async () => {
    let plans = 0;
    const { requests } = renderPage({
      PlanAllocation: () => ({ data: { planAllocation: plan(`plan-${++plans}`) } }),
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
    fireEvent.click(screen.getByTestId('allocation-plan'));

    const review = await screen.findByTestId('plan-review');
    expect(requests.find((request) => request.operationName === 'PlanAllocation')?.variables).toEqual({
      input: { applicantIds: ['a1', 'a2', 'a3'] },
    });
    expect(within(review).getByTestId('plan-placed').textContent).toBe('2');
    expect(within(review).getByTestId('plan-not-placed').textContent).toBe('1');
    expect(within(review).getByTestId('plan-total-score').textContent).toBe('146.23');
    const service = within(review).getByTestId('plan-service');
    expect(service.textContent).toContain('قرض المشروع متناهي الصغر');
    // Best fit first.
    expect(
      within(service)
        .getAllByTestId('plan-assignment')
        .map((row) => row.textContent),
    ).toEqual([expect.stringContaining('فاطمة عوض باحميد'), expect.stringContaining('أحمد سالم بن علي')]);
    expect(
      within(service)
        .getAllByTestId('plan-assignment-score')
        .map((cell) => cell.textContent),
    ).toEqual(['77.02', '69.21']);
    const left = within(review).getByTestId('plan-unassigned-group');
    expect(left.textContent).toContain('لا توجد خدمة مناسبة فيها مقاعد');
    expect(left.textContent).toContain('مريم ناصر');

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
  });

  it('says when places changed since the plan, and plans the same cohort again', async () => {
    let plans = 0;
    const { requests } = renderPage({
      PlanAllocation: () => ({ data: { planAllocation: plan(`plan-${++plans}`) } }),
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
    const blocked = (id: string) => ({
      ...plan(id),
      unassignedReasons: [
        { __typename: 'UnassignedApplicant', reason: 'OPEN_REFERRAL_OF_KIND', message: 'لديه إحالة مفتوحة', applicant: brief(cohort[2]) },
      ],
    });
    const allowed = (id: string) => ({
      ...plan(id),
      assignments: [...plan(id).assignments, { __typename: 'Allocation', score: 50, applicant: brief(cohort[2]), service: mffMicroLoan }],
      unassignedReasons: [],
    });
    const { requests } = renderPage({ PlanAllocation: () => ({ data: { planAllocation: ++plans === 1 ? blocked('plan-1') : allowed(`plan-${plans}`) } }) });
    await waitFor(() => expect(screen.getAllByTestId('allocation-applicant')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('allocation-select-page'));
    fireEvent.click(screen.getByTestId('allocation-plan'));
    const group = await screen.findByTestId('plan-unassigned-group');
    expect(group.getAttribute('data-reason')).toBe('OPEN_REFERRAL_OF_KIND');
    fireEvent.click(within(group).getByTestId('plan-allow-second'));
    const confirm = within(group).getByTestId('plan-allow-second-confirm');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(group).getByTestId('plan-allow-second-reason'), { target: { value: '  القرض الأول لم يُصرف  ' } });
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByTestId('plan-unassigned')).toBeNull());
    const planned = requests.filter((request) => request.operationName === 'PlanAllocation');
    expect(planned).toHaveLength(2);
    expect((planned[0].variables.input as Record<string, unknown>).allowSecondOfKind).toBeUndefined();
    const input = planned[1].variables.input as { applicantIds: string[]; allowSecondOfKind: unknown };
    expect(input.applicantIds.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(input.allowSecondOfKind).toEqual([{ applicantId: 'a3', reason: 'القرض الأول لم يُصرف' }]);
  });

  it('restricts the plan to the services chosen', async () => {
    const { requests } = renderPage({ PlanAllocation: () => ({ data: { planAllocation: plan('plan-x') } }) });
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
