import { MemberRole, Role } from '@shuraka/domain';
import { accessFrom, canManageConsortium, canReadRecommendation, canReportOn } from './meeting-access';

const user = (role: Role, organizationId: string | null = 'org') => ({ id: 'u', email: 'u@x', role, organizationId });
const lead = { consortiumId: 'c1', role: MemberRole.LEAD };
const member = { consortiumId: 'c2', role: MemberRole.MEMBER };

describe('accessFrom', () => {
  it('gives ADMIN everything', () => {
    expect(accessFrom(user(Role.ADMIN, null), [])).toEqual({ all: true, manage: [], read: [], organizationId: null });
  });

  it("makes the lead's PARTNER_STAFF managers of the consortia it leads only", () => {
    const access = accessFrom(user(Role.PARTNER_STAFF), [lead, member]);
    expect(access).toEqual({ all: false, manage: ['c1'], read: ['c1', 'c2'], organizationId: 'org' });
  });

  it('makes COMMITTEE_MEMBERs managers of every consortium their organisation belongs to', () => {
    expect(accessFrom(user(Role.COMMITTEE_MEMBER), [member]).manage).toEqual(['c2']);
  });

  it('lets coordinators and viewers of members read, never manage or report', () => {
    for (const role of [Role.COORDINATOR, Role.VIEWER]) {
      expect(accessFrom(user(role), [lead])).toEqual({ all: false, manage: [], read: ['c1'], organizationId: null });
    }
  });

  it('gives a user without an organisation nothing', () => {
    expect(accessFrom(user(Role.PARTNER_STAFF, null), [])).toEqual({ all: false, manage: [], read: [], organizationId: null });
  });
});

describe('report and read rights', () => {
  const staff = accessFrom(user(Role.PARTNER_STAFF, 'owner'), [member]);
  it("lets an owner's staff report on and read its recommendation, even outside the consortium", () => {
    expect(canManageConsortium(staff, 'c9')).toBe(false);
    expect(canReportOn(staff, 'c9', ['owner'])).toBe(true);
    expect(canReadRecommendation(staff, 'c9', ['owner'])).toBe(true);
  });
  it('refuses a recommendation owned by others outside their consortia', () => {
    expect(canReportOn(staff, 'c2', ['other'])).toBe(false);
    expect(canReadRecommendation(staff, 'c2', ['other'])).toBe(true);
    expect(canReadRecommendation(staff, 'c9', ['other'])).toBe(false);
  });
});
