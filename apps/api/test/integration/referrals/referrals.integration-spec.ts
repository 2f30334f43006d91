import { ReferralStatus, Role } from '@shuraka/domain';
import { Clock } from '../../../src/common/time/clock';
import { ReferralExpiryJob } from '../../../src/modules/referrals/referral-expiry.job';
import { createApplicant, createOrganization, createReferral, createService, signedIn } from '../../factories';
import { errorCode, fieldErrors, startTestApp, type TestApp } from '../../support/test-app';

const CREATE = `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id status version organizationId } }`;
const MOVE = `mutation T($input: TransitionReferralInput!) {
  transitionReferral(input: $input) { id status version declineReason decidedAt amountDisbursed { amount currency } jobsCreated trainingCompleted }
}`;
const READ = `query R($id: ID!) { referral(id: $id) { status version service { capacityUsed } applicant { fullName nationalIdLastDigits }
  history { from to reason declineReason by { displayName } } } }`;

describe('referrals', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function setup(capacity = 5, serviceOverrides = {}) {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const service = await createService(api.dataSource, partner.id, { capacity, ...serviceOverrides });
    const applicant = await createApplicant(api.dataSource, coordinator.user.id, { nationalIdLastDigits: '9876' });
    return { coordinator, partner, staff, service, applicant };
  }
  const move = (token: string, referralId: string, to: string, extra: Record<string, unknown> = {}) =>
    api.gql(MOVE, { input: { referralId, to, ...extra } }, token);

  it('goes SENT → ACKNOWLEDGED → ACCEPTED → IN_SERVICE → COMPLETED, recording each step and the outcome', async () => {
    const { coordinator, staff, service, applicant } = await setup();
    const created = await api.gql(CREATE, { input: { applicantId: applicant.id, serviceId: service.id, note: 'يحتاج تمويلاً لمشروع خياطة' } }, coordinator.token);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createReferral.id;
    expect(created.data!.createReferral).toMatchObject({ status: 'SENT', version: 1, organizationId: service.organizationId });

    expect((await move(staff.token, id, 'ACKNOWLEDGED', { expectedVersion: 1 })).data!.transitionReferral).toMatchObject({ status: 'ACKNOWLEDGED', version: 2 });
    const accepted = (await move(staff.token, id, 'ACCEPTED', { expectedVersion: 2 })).data!.transitionReferral;
    expect(accepted.decidedAt).not.toBeNull();
    expect((await api.gql(READ, { id }, staff.token)).data!.referral.service.capacityUsed).toBe(1);
    await move(staff.token, id, 'IN_SERVICE', { amountDisbursed: { amount: '400000', currency: 'YER' } });
    const completed = await move(staff.token, id, 'COMPLETED', { jobsCreated: 2, trainingCompleted: true });
    expect(completed.data!.transitionReferral).toMatchObject({ status: 'COMPLETED', amountDisbursed: { amount: '400000', currency: 'YER' }, jobsCreated: 2, trainingCompleted: true });

    const read = (await api.gql(READ, { id }, staff.token)).data!.referral;
    expect(read.service.capacityUsed).toBe(0);
    expect(read.applicant).toMatchObject({ fullName: applicant.fullName, nationalIdLastDigits: null });
    expect(read.history.map((event: any) => [event.from, event.to])).toEqual([
      [null, 'SENT'], ['SENT', 'ACKNOWLEDGED'], ['ACKNOWLEDGED', 'ACCEPTED'], ['ACCEPTED', 'IN_SERVICE'], ['IN_SERVICE', 'COMPLETED'],
    ]);
    expect(read.history[1].by.displayName).toBe('Test PARTNER_STAFF');
  });

  it('needs a coded reason to decline, and keeps it for the indicators', async () => {
    const { staff, service, applicant } = await setup();
    const referral = await createReferral(api.dataSource, applicant, service);
    const missing = await move(staff.token, referral.id, 'DECLINED');
    expect(fieldErrors(missing)).toEqual([expect.objectContaining({ field: 'declineReason' })]);
    const other = await move(staff.token, referral.id, 'DECLINED', { declineReason: 'OTHER' });
    expect(fieldErrors(other)).toEqual([expect.objectContaining({ field: 'reason' })]);
    const declined = await move(staff.token, referral.id, 'DECLINED', { declineReason: 'COULD_NOT_CONTACT', reason: 'الهاتف مغلق' });
    expect(declined.data!.transitionReferral).toMatchObject({ status: 'DECLINED', declineReason: 'COULD_NOT_CONTACT' });
    const history = (await api.gql(READ, { id: referral.id }, staff.token)).data!.referral.history;
    expect(history[1]).toMatchObject({ to: 'DECLINED', declineReason: 'COULD_NOT_CONTACT', reason: 'الهاتف مغلق' });
  });

  it('refuses illegal moves with CONFLICT and other people’s moves with FORBIDDEN or NOT_FOUND', async () => {
    const { coordinator, staff, service, applicant } = await setup();
    const referral = await createReferral(api.dataSource, applicant, service);
    const illegal = await move(staff.token, referral.id, 'COMPLETED');
    expect(errorCode(illegal)).toBe('CONFLICT');
    expect(illegal.errors![0].extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', status: 'SENT' });
    expect(errorCode(await move(staff.token, referral.id, 'WITHDRAWN'))).toBe('FORBIDDEN');
    expect(errorCode(await move(coordinator.token, referral.id, 'ACCEPTED'))).toBe('FORBIDDEN');
    expect(errorCode(await move(staff.token, referral.id, 'EXPIRED'))).toBe('FORBIDDEN');
    const otherPartner = (await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id)).token;
    expect(errorCode(await move(otherPartner, referral.id, 'ACCEPTED'))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(READ, { id: referral.id }, otherPartner))).toBe('NOT_FOUND');
    const otherCoordinator = (await signedIn(api, Role.COORDINATOR)).token;
    expect(errorCode(await move(otherCoordinator, referral.id, 'WITHDRAWN'))).toBe('NOT_FOUND');
    const read = (await api.gql(READ, { id: referral.id }, coordinator.token)).data!.referral;
    expect(read).toMatchObject({ status: 'SENT', version: 1 });
    expect(read.history).toHaveLength(1);
  });

  it('lets the referring coordinator withdraw before COMPLETED, freeing the place', async () => {
    const { coordinator, staff, service, applicant } = await setup();
    const referral = await createReferral(api.dataSource, applicant, service);
    await move(staff.token, referral.id, 'ACCEPTED');
    const withdrawn = await move(coordinator.token, referral.id, 'WITHDRAWN', { reason: 'وجد عملاً' });
    expect(withdrawn.data!.transitionReferral.status).toBe('WITHDRAWN');
    expect((await api.gql(READ, { id: referral.id }, coordinator.token)).data!.referral.service.capacityUsed).toBe(0);
    expect(errorCode(await move(coordinator.token, referral.id, 'WITHDRAWN'))).toBe('CONFLICT');
  });

  it('refuses a stale expectedVersion with CONFLICT', async () => {
    const { staff, service, applicant } = await setup();
    const referral = await createReferral(api.dataSource, applicant, service);
    await move(staff.token, referral.id, 'ACKNOWLEDGED', { expectedVersion: 1 });
    const stale = await move(staff.token, referral.id, 'ACCEPTED', { expectedVersion: 1 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ reason: 'STALE_VERSION', version: 2, status: 'ACKNOWLEDGED' });
  });

  it('allows one open referral per applicant and service, enforced by the database', async () => {
    const { coordinator, service, applicant } = await setup();
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () => api.gql(CREATE, { input: { applicantId: applicant.id, serviceId: service.id } }, coordinator.token)),
    );
    expect(attempts.filter((attempt) => !attempt.errors)).toHaveLength(1);
    expect(attempts.filter((attempt) => errorCode(attempt) === 'CONFLICT')).toHaveLength(4);
    await expect(createReferral(api.dataSource, applicant, service)).rejects.toThrow(/referral_one_open_per_applicant_service/);
  });

  it('refuses to refer an applicant to a service they are not eligible for, saying why', async () => {
    const { coordinator, service, applicant } = await setup(5, { governorates: ['YE-AD'] });
    const response = await api.gql(CREATE, { input: { applicantId: applicant.id, serviceId: service.id } }, coordinator.token);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].extensions!.reasons).toEqual([{ code: 'GOVERNORATE', message: 'الخدمة غير متاحة في محافظة حضرموت' }]);
  });

  it('never accepts more than the capacity, even with 20 acceptances at once', async () => {
    const { coordinator, staff, service } = await setup(3);
    const referrals = [];
    for (let index = 0; index < 20; index += 1) {
      const applicant = await createApplicant(api.dataSource, coordinator.user.id);
      referrals.push(await createReferral(api.dataSource, applicant, service));
    }
    const results = await Promise.all(referrals.map((referral) => move(staff.token, referral.id, 'ACCEPTED')));
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(17);
    const [row] = await api.dataSource.query(
      `SELECT s.capacity_used, (SELECT count(*)::int FROM referral r WHERE r.service_id = s.id AND r.status = 'ACCEPTED') AS accepted FROM service s WHERE s.id = $1`,
      [service.id],
    );
    expect(row).toEqual({ capacity_used: 3, accepted: 3 });
  });

  it('counts visible referrals by status for the inbox', async () => {
    const { staff, service, coordinator } = await setup();
    for (let index = 0; index < 3; index += 1) {
      await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), service);
    }
    const [first] = (await api.gql(`{ referrals(first: 1) { edges { node { id } } } }`, {}, staff.token)).data!.referrals.edges;
    await move(staff.token, first.node.id, 'ACKNOWLEDGED');
    const counts = (await api.gql(`{ referralStatusCounts { key count } }`, {}, staff.token)).data!.referralStatusCounts;
    expect(Object.fromEntries(counts.map((entry: any) => [entry.key, entry.count]))).toMatchObject({ SENT: 2, ACKNOWLEDGED: 1, ACCEPTED: 0 });
  });
});

describe('referral expiry (pg-boss job, controllable clock)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('expires referrals unanswered within decisionDays when the scheduled job runs, and only those', async () => {
    const clock = api.app.get(Clock);
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const service = await createService(api.dataSource, partner.id, { decisionDays: 7 });
    const waiting = await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), service, { createdAt: clock.now() });
    const acknowledged = await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), service, {
      createdAt: clock.now(),
      status: ReferralStatus.ACKNOWLEDGED,
    });
    const accepted = await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), service, {
      createdAt: clock.now(),
      status: ReferralStatus.ACCEPTED,
    });
    const job = api.app.get(ReferralExpiryJob);
    const statusOf = async (id: string) => (await api.dataSource.query('SELECT status FROM referral WHERE id = $1', [id]))[0].status;
    // Waits for this very job: other test processes' workers and the schedule complete runs too.
    const runJob = async () => {
      const id = await job.runNow();
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const [run] = await api.dataSource.query(`SELECT state FROM pgboss.job WHERE name = 'expire-referrals' AND id = $1`, [id]);
        if (run?.state === 'completed') return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the expiry job did not run');
    };

    clock.advance(6 * 24 * 3600 * 1000);
    await runJob();
    expect(await statusOf(waiting.id)).toBe('SENT');

    clock.advance(2 * 24 * 3600 * 1000);
    await runJob();
    expect(await statusOf(waiting.id)).toBe('EXPIRED');
    expect(await statusOf(acknowledged.id)).toBe('EXPIRED');
    expect(await statusOf(accepted.id)).toBe('ACCEPTED');
    const events = await api.dataSource.query(
      `SELECT e.from_status, e.to_status, u.display_name FROM referral_event e JOIN app_user u ON u.id = e.by_id WHERE e.referral_id = $1 ORDER BY e.at`,
      [acknowledged.id],
    );
    expect(events[events.length - 1]).toEqual({ from_status: 'ACKNOWLEDGED', to_status: 'EXPIRED', display_name: 'Shuraka' });
    clock.reset();
  });
});
