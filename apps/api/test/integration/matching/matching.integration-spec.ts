import { ApplicantCategory, Gender, GuaranteeType, MemberRole, ProjectSize, Role, ServiceKind } from '@shuraka/domain';
import { createApplicant, createConsortium, createOrganization, createService, signedIn } from '../../factories';
import { errorCode, operation, startTestApp, type GqlResponse, type TestApp } from '../../support/test-app';

interface Match {
  score: number;
  eligible: boolean;
  service: { id: string; name: { en: string | null } };
  reasons: Array<{ code: string; message: string; contribution: number }>;
}

const MATCH = operation<{ matchServices: Match[] }>(`query M($id: ID!, $first: Int, $all: Boolean) {
  matchServices(applicantId: $id, first: $first, includeIneligible: $all) {
    score eligible service { id name { en } } reasons { code message contribution }
  }
}`);

describe('matchServices', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function fixture() {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const lender = await createOrganization(api.dataSource);
    const trainer = await createOrganization(api.dataSource);
    const outsider = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, lender.id, [{ organizationId: trainer.id, role: MemberRole.MEMBER }]);
    const loan = await createService(api.dataSource, lender.id, {
      nameEn: 'loan', kind: ServiceKind.MICRO_LOAN, governorates: ['YE-HD'], minAmount: '50000', maxAmount: '1000000', currency: 'YER',
      guaranteeRequired: GuaranteeType.GROUP, capacity: 10,
    });
    const training = await createService(api.dataSource, trainer.id, { nameEn: 'training', kind: ServiceKind.VOCATIONAL_TRAINING, governorates: [], capacity: 10 });
    const womenOnly = await createService(api.dataSource, trainer.id, { nameEn: 'women', kind: ServiceKind.MICRO_LOAN, gender: Gender.FEMALE, capacity: 10 });
    const full = await createService(api.dataSource, lender.id, { nameEn: 'full', kind: ServiceKind.MICRO_LOAN, capacity: 2, capacityUsed: 2 });
    await createService(api.dataSource, outsider.id, { nameEn: 'outside the consortium', kind: ServiceKind.MICRO_LOAN });
    const applicant = await createApplicant(api.dataSource, coordinator.user.id, {
      gender: Gender.MALE, category: ApplicantCategory.UNIVERSITY_GRADUATE, projectSize: ProjectSize.MICRO,
      requestedAmount: '525000', requestedCurrency: 'YER', needs: [ServiceKind.MICRO_LOAN], guaranteeOffered: GuaranteeType.GROUP,
      consortiumId: consortium.id,
    });
    return { coordinator, applicant, loan, training, womenOnly, full, consortium };
  }

  it("ranks the consortium's eligible services with explained scores", async () => {
    const { coordinator, applicant, loan, training } = await fixture();
    const response = await api.gql(MATCH, { id: applicant.id }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const matches = response.data!.matchServices;
    expect(matches.map((match) => match.service.id)).toEqual([loan.id, training.id]);
    for (const match of matches) {
      expect(match.eligible).toBe(true);
      const sum = match.reasons.reduce((total, reason) => total + reason.contribution, 0);
      expect(match.score).toBeCloseTo(sum, 6);
    }
    const loanMatch = matches[0];
    expect(loanMatch.reasons.find((reason) => reason.code === 'NEED')).toMatchObject({ contribution: 35, message: '«قرض متناهي الصغر» من احتياجات المتقدم' });
    expect(loanMatch.reasons.find((reason) => reason.code === 'AMOUNT_FIT')!.contribution).toBe(15);
  });

  it('lists the others with their reasons, in the language asked for', async () => {
    const { coordinator, applicant, womenOnly, full } = await fixture();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}`, 'accept-language': 'en-GB,en;q=0.9' },
      body: JSON.stringify({ query: MATCH, variables: { id: applicant.id, all: true, first: 100 } }),
    });
    const matches = ((await response.json()) as Pick<GqlResponse<{ matchServices: Match[] }>, 'data'>).data!.matchServices;
    expect(matches).toHaveLength(4);
    expect(matches.slice(2).every((match) => !match.eligible && match.score === 0)).toBe(true);
    const byId = new Map(matches.map((match) => [match.service.id, match] as const));
    expect(byId.get(womenOnly.id)!.reasons).toEqual([{ code: 'GENDER', message: 'Only for female applicants', contribution: 0 }]);
    expect(byId.get(full.id)!.reasons).toEqual([{ code: 'CAPACITY', message: 'No places left (capacity 2)', contribution: 0 }]);
  });

  it("scores with the consortium's own weights when it set them", async () => {
    const { coordinator, applicant, loan, training, consortium } = await fixture();
    await api.dataSource.query(`UPDATE consortium SET matching_weights = $1 WHERE id = $2`, [
      JSON.stringify({ need: 100, trackRecord: 0, amountFit: 0, governorate: 0, district: 0, capacityHeadroom: 0 }),
      consortium.id,
    ]);
    const matches = (await api.gql(MATCH, { id: applicant.id }, coordinator.token)).data!.matchServices;
    expect(matches.map((match) => [match.service.id, match.score])).toEqual([
      [loan.id, 100],
      [training.id, 0],
    ]);
  });

  it('is for the applicant’s coordinator and ADMIN only', async () => {
    const { applicant } = await fixture();
    const other = (await signedIn(api, Role.COORDINATOR)).token;
    expect(errorCode(await api.gql(MATCH, { id: applicant.id }, other))).toBe('NOT_FOUND');
    const partner = (await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id)).token;
    expect(errorCode(await api.gql(MATCH, { id: applicant.id }, partner))).toBe('FORBIDDEN');
    const admin = (await signedIn(api, Role.ADMIN)).token;
    expect((await api.gql(MATCH, { id: applicant.id }, admin)).data!.matchServices).toHaveLength(2);
    expect(errorCode(await api.gql(MATCH, { id: applicant.id, first: 101 }, admin))).toBe('BAD_USER_INPUT');
  });
});
