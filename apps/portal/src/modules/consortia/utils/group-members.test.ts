import { MemberRole } from '@shuraka/domain';
import { describe, expect, it } from 'vitest';
import { groupMembersByRole, leadOf } from './group-members';

const member = (id: string, role: MemberRole, ar: string, en: string) => ({ role, organization: { id, name: { ar, en } } });

const members = [
  member('sfd', MemberRole.MEMBER, 'الصندوق الاجتماعي للتنمية', 'Social Fund for Development'),
  member('opec', MemberRole.FUNDER, 'صندوق أوبك للتنمية الدولية', 'OPEC Fund'),
  member('awn', MemberRole.MEMBER, 'مؤسسة العون للتنمية', 'Al-Awn Foundation'),
  member('smeps', MemberRole.LEAD, 'وكالة تنمية المنشآت الصغيرة والأصغر', 'SMEPS'),
];

describe('groupMembersByRole', () => {
  it('puts the lead (supportive organisation) first and leaves out empty roles', () => {
    const groups = groupMembersByRole(members, 'ar');
    expect(groups.map((group) => group.role)).toEqual([MemberRole.LEAD, MemberRole.MEMBER, MemberRole.FUNDER]);
    expect(groups[0].members.map((m) => m.organization.id)).toEqual(['smeps']);
  });

  it('sorts members by name in the reader’s language', () => {
    expect(groupMembersByRole(members, 'ar')[1].members.map((m) => m.organization.id)).toEqual(['sfd', 'awn']);
    expect(groupMembersByRole(members, 'en')[1].members.map((m) => m.organization.id)).toEqual(['awn', 'sfd']);
  });

  it('finds the lead', () => {
    expect(leadOf(members)?.organization.id).toBe('smeps');
    expect(leadOf(members.filter((m) => m.role !== MemberRole.LEAD))).toBeUndefined();
  });
});
