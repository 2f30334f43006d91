import { MemberRole, Role } from '@shuraka/domain';
import { createApplicant, createConsortium, createOrganization, createService, signedIn } from '../../factories';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';

const UPDATE = `mutation U($id: ID!, $input: UpdateConsortiumInput!) { updateConsortium(id: $id, input: $input) { id } }`;
const ADD = `mutation A($input: AddConsortiumMemberInput!) { addConsortiumMember(input: $input) { id } }`;
const REMOVE = `mutation R($input: RemoveConsortiumMemberInput!) { removeConsortiumMember(input: $input) { id } }`;
const REFER = `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id organizationId } }`;
const PLAN = operation<{ planAllocation: { id: string; assignments: Array<{ service: { id: string } }>; unassigned: Array<{ id: string }> } }>(
  `mutation P($input: PlanAllocationInput!) { planAllocation(input: $input) { id assignments { service { id } } unassigned { id } } }`,
);
const COMMIT = `mutation C($id: ID!) { commitAllocation(planId: $id) { id } }`;
const WEIGHTS = { need: 50, trackRecord: 10, amountFit: 10, governorate: 10, district: 10, capacityHeadroom: 10 };

describe('consortium boundaries', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = (await signedIn(api, Role.ADMIN)).token;
  });
  afterAll(() => api.close());

  describe('who changes a consortium', () => {
    const who = [
      ['ADMIN', true],
      ['the lead organisation’s PARTNER_STAFF', true],
      ['the lead organisation’s COMMITTEE_MEMBER', false],
      ['the lead organisation’s COORDINATOR', false],
      ['the lead organisation’s VIEWER', false],
      ['a member organisation’s PARTNER_STAFF', false],
    ] as const;

    async function setting() {
      const lead = await createOrganization(api.dataSource);
      const member = await createOrganization(api.dataSource);
      const consortium = await createConsortium(api.dataSource, lead.id, [{ organizationId: member.id, role: MemberRole.MEMBER }]);
      const tokens: Record<(typeof who)[number][0], string> = {
        ADMIN: admin,
        'the lead organisation’s PARTNER_STAFF': (await signedIn(api, Role.PARTNER_STAFF, lead.id)).token,
        'the lead organisation’s COMMITTEE_MEMBER': (await signedIn(api, Role.COMMITTEE_MEMBER, lead.id)).token,
        'the lead organisation’s COORDINATOR': (await signedIn(api, Role.COORDINATOR, lead.id)).token,
        'the lead organisation’s VIEWER': (await signedIn(api, Role.VIEWER, lead.id)).token,
        'a member organisation’s PARTNER_STAFF': (await signedIn(api, Role.PARTNER_STAFF, member.id)).token,
      };
      return { lead, member, consortium, tokens };
    }

    it.each(who)('%s: matching weights, name, adding and removing members (allowed: %s)', async (name, allowed) => {
      const { member, consortium, tokens } = await setting();
      const token = tokens[name];
      const joiner = await createOrganization(api.dataSource);
      const results = [
        await api.gql(UPDATE, { id: consortium.id, input: { matchingWeights: WEIGHTS } }, token),
        await api.gql(UPDATE, { id: consortium.id, input: { name: { ar: 'اسم جديد' } } }, token),
        await api.gql(ADD, { input: { consortiumId: consortium.id, organizationId: joiner.id, role: 'MEMBER' } }, token),
        await api.gql(REMOVE, { input: { consortiumId: consortium.id, organizationId: member.id } }, token),
      ];
      expect(results.map((result) => errorCode(result) ?? 'OK')).toEqual(Array(4).fill(allowed ? 'OK' : 'FORBIDDEN'));
      const [row] = await api.dataSource.query(`SELECT name_ar, matching_weights FROM consortium WHERE id = $1`, [consortium.id]);
      const members: Array<{ organization_id: string }> = await api.dataSource.query(`SELECT organization_id FROM consortium_member WHERE consortium_id = $1`, [consortium.id]);
      const ids = members.map((m) => m.organization_id);
      if (allowed) {
        expect([row.name_ar, row.matching_weights, ids.includes(joiner.id), ids.includes(member.id)]).toEqual(['اسم جديد', WEIGHTS, true, false]);
      } else {
        expect([row.name_ar === 'اسم جديد', row.matching_weights, ids.includes(joiner.id), ids.includes(member.id)]).toEqual([false, null, false, true]);
      }
    });
  });

  describe('referrals stay inside the applicant’s consortium', () => {
    async function hadramout() {
      const coordinator = await signedIn(api, Role.COORDINATOR);
      const lead = await createOrganization(api.dataSource);
      const member = await createOrganization(api.dataSource);
      const outsider = await createOrganization(api.dataSource);
      const consortium = await createConsortium(api.dataSource, lead.id, [{ organizationId: member.id, role: MemberRole.MEMBER }]);
      const applicant = await createApplicant(api.dataSource, coordinator.user.id, { consortiumId: consortium.id });
      return {
        coordinator,
        consortium,
        member,
        applicant,
        memberService: await createService(api.dataSource, member.id),
        outsideService: await createService(api.dataSource, outsider.id),
      };
    }
    const referralsOf = async (applicantId: string) =>
      (await api.dataSource.query(`SELECT service_id FROM referral WHERE applicant_id = $1`, [applicantId])).map((row: { service_id: string }) => row.service_id);

    it("createReferral refuses a service of a partner outside the applicant's consortium (CONFLICT), and accepts a member's", async () => {
      const { coordinator, applicant, memberService, outsideService } = await hadramout();
      const outside = await api.gql(REFER, { input: { applicantId: applicant.id, serviceId: outsideService.id } }, coordinator.token);
      expect(errorCode(outside)).toBe('CONFLICT');
      expect(outside.errors![0].extensions!.reason).toBe('OUTSIDE_CONSORTIUM');
      const inside = await api.gql(REFER, { input: { applicantId: applicant.id, serviceId: memberService.id } }, coordinator.token);
      expect(inside.errors).toBeUndefined();
      expect(await referralsOf(applicant.id)).toEqual([memberService.id]);
    });

    it('an applicant without a consortium may be referred to any partner, as matching lists them all', async () => {
      const { coordinator, outsideService } = await hadramout();
      const applicant = await createApplicant(api.dataSource, coordinator.user.id);
      expect((await api.gql(REFER, { input: { applicantId: applicant.id, serviceId: outsideService.id } }, coordinator.token)).errors).toBeUndefined();
    });

    it('a membership removed while the referral is being made wins: the check waits for it instead of racing it', async () => {
      const { coordinator, consortium, member, applicant, memberService } = await hadramout();
      const removal = api.dataSource.createQueryRunner();
      await removal.connect();
      await removal.startTransaction();
      try {
        await removal.query(`DELETE FROM consortium_member WHERE consortium_id = $1 AND organization_id = $2`, [consortium.id, member.id]);
        const referral = api.gql(REFER, { input: { applicantId: applicant.id, serviceId: memberService.id } }, coordinator.token);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await removal.commitTransaction();
        const response = await referral;
        expect([errorCode(response), response.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'OUTSIDE_CONSORTIUM']);
      } finally {
        if (removal.isTransactionActive) await removal.rollbackTransaction();
        await removal.release();
      }
      expect(await referralsOf(applicant.id)).toEqual([]);
    });

    it('planAllocation never assigns outside the consortium, even when asked for such services', async () => {
      const { coordinator, applicant, outsideService } = await hadramout();
      const plan = await api.gql(PLAN, { input: { applicantIds: [applicant.id], serviceIds: [outsideService.id] } }, coordinator.token);
      expect(plan.errors).toBeUndefined();
      expect(plan.data!.planAllocation).toMatchObject({ assignments: [], unassigned: [{ id: applicant.id }] });
    });

    it('commitAllocation refuses a plan whose partner left the consortium since planning, creating nothing', async () => {
      const { coordinator, consortium, member, applicant, memberService } = await hadramout();
      const plan = await api.gql(PLAN, { input: { applicantIds: [applicant.id], serviceIds: [memberService.id] } }, coordinator.token);
      expect(plan.data!.planAllocation.assignments).toEqual([{ service: { id: memberService.id } }]);
      expect((await api.gql(REMOVE, { input: { consortiumId: consortium.id, organizationId: member.id } }, admin)).errors).toBeUndefined();
      const commit = await api.gql(COMMIT, { id: plan.data!.planAllocation.id }, coordinator.token);
      expect([errorCode(commit), commit.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'OUTSIDE_CONSORTIUM']);
      expect(await referralsOf(applicant.id)).toEqual([]);
    });
  });
});
