import { Role } from '@shuraka/domain';
import { describe, expect, it } from 'vitest';
import { canEditOrganization, canManageConsortia, canManageServices, homePathFor, navigationFor } from './permissions';

const awn = 'org-awn';
const smeps = 'org-smeps';

describe('who may edit an organisation and its services', () => {
  it('lets an administrator edit any organisation', () => {
    expect(canEditOrganization({ role: Role.ADMIN }, awn)).toBe(true);
    expect(canManageServices({ role: Role.ADMIN, organization: null }, smeps)).toBe(true);
  });

  it('lets partner staff edit only their own organisation', () => {
    const staff = { role: Role.PARTNER_STAFF, organization: { id: awn } };
    expect(canEditOrganization(staff, awn)).toBe(true);
    expect(canManageServices(staff, awn)).toBe(true);
    expect(canEditOrganization(staff, smeps)).toBe(false);
    expect(canManageServices(staff, smeps)).toBe(false);
  });

  it('does not let other roles edit, even when linked to the organisation', () => {
    for (const role of [Role.COORDINATOR, Role.COMMITTEE_MEMBER, Role.VIEWER]) {
      expect(canEditOrganization({ role, organization: { id: awn } }, awn)).toBe(false);
    }
    expect(canEditOrganization({ role: Role.PARTNER_STAFF, organization: null }, awn)).toBe(false);
  });

  it('keeps consortia to administrators', () => {
    expect(canManageConsortia({ role: Role.ADMIN })).toBe(true);
    expect(canManageConsortia({ role: Role.COMMITTEE_MEMBER })).toBe(false);
  });
});

describe('navigationFor', () => {
  it('gives every role the directory', () => {
    for (const role of Object.values(Role)) {
      expect(
        navigationFor({ role })
          .filter((item) => item.group === 'directory')
          .map((item) => item.key),
      ).toEqual(['organizations', 'consortia', 'services']);
    }
  });

  it('adds the creation actions for administrators only', () => {
    expect(navigationFor({ role: Role.ADMIN }).filter((item) => item.group === 'admin').map((item) => item.to)).toEqual([
      '/organizations/new',
      '/consortia/new',
    ]);
    expect(navigationFor({ role: Role.PARTNER_STAFF }).some((item) => item.group === 'admin')).toBe(false);
    expect(navigationFor({ role: Role.VIEWER })).toHaveLength(3);
  });
});

describe('work navigation by role', () => {
  const work = (role: Role) =>
    navigationFor({ role })
      .filter((item) => item.group === 'work')
      .map((item) => item.to);

  it('gives coordinators their applicants, registration, cohort allocation and referrals', () => {
    expect(work(Role.COORDINATOR)).toEqual(['/applicants', '/applicants/new', '/allocation', '/referrals']);
  });

  it('gives partner staff their referrals inbox and questionnaires', () => {
    expect(work(Role.PARTNER_STAFF)).toEqual(['/referrals', '/questionnaires', '/dashboard']);
  });

  it('offers recommendations to users of a member organisation and administrators, the dashboard to those who may follow one', () => {
    const workOf = (role: Role) =>
      navigationFor({ role, organization: { id: awn } })
        .filter((item) => item.group === 'work')
        .map((item) => item.to);
    expect(workOf(Role.PARTNER_STAFF)).toEqual(['/referrals', '/questionnaires', '/meetings', '/committees', '/recommendations', '/dashboard']);
    expect(workOf(Role.COMMITTEE_MEMBER)).toEqual(['/questionnaires', '/meetings', '/committees', '/recommendations', '/dashboard']);
    expect(workOf(Role.VIEWER)).toEqual(['/meetings', '/committees', '/recommendations']);
    // The API lets every member organisation's user read its recommendations, coordinators included.
    expect(workOf(Role.COORDINATOR)).toEqual(expect.arrayContaining(['/meetings', '/committees', '/recommendations']));
    expect(workOf(Role.COORDINATOR)).not.toContain('/dashboard');
  });

  it('lets administrators look at applicants, referrals and questionnaires without registering or allocating', () => {
    expect(work(Role.ADMIN)).toEqual(['/applicants', '/referrals', '/questionnaires', '/meetings', '/committees', '/recommendations', '/dashboard']);
    expect(work(Role.VIEWER)).toEqual([]);
    expect(work(Role.COMMITTEE_MEMBER)).toEqual(['/questionnaires', '/dashboard']);
  });

  it('gives meetings and committees to every user of an organisation (members read them), and to administrators', () => {
    const withOrganization = (role: Role) =>
      navigationFor({ role, organization: { id: 'org-1' } })
        .filter((item) => item.group === 'work')
        .map((item) => item.to)
        .filter((to) => to === '/meetings' || to === '/committees');
    for (const role of [Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER, Role.COORDINATOR, Role.VIEWER]) {
      expect(withOrganization(role)).toEqual(['/meetings', '/committees']);
    }
    expect(work(Role.COMMITTEE_MEMBER)).not.toContain('/meetings');
  });

  it('lands each role where its work is', () => {
    expect(homePathFor({ role: Role.PARTNER_STAFF })).toBe('/referrals');
    expect(homePathFor({ role: Role.COORDINATOR })).toBe('/applicants');
    expect(homePathFor({ role: Role.COMMITTEE_MEMBER })).toBe('/dashboard');
    expect(homePathFor({ role: Role.ADMIN })).toBe('/organizations');
  });
});
