import { Role } from '@shuraka/domain';
import { describe, expect, it } from 'vitest';
import { canEditOrganization, canManageConsortia, canManageServices, navigationFor } from './permissions';

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
