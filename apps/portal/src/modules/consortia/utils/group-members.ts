import { MemberRole, pickLocalized, type Locale, type LocalizedText } from '@shuraka/domain';

/** Order in which member roles are shown: the lead (supportive organisation) first. */
export const MEMBER_ROLE_ORDER: readonly MemberRole[] = [MemberRole.LEAD, MemberRole.MEMBER, MemberRole.FUNDER, MemberRole.OBSERVER];

interface MemberLike {
  role: MemberRole | `${MemberRole}`;
  organization: { id: string; name: LocalizedText };
}

export interface MemberGroup<M extends MemberLike> {
  role: MemberRole;
  members: M[];
}

/** Members grouped by role, lead first, each group sorted by name in the reader's language; empty groups left out. */
export function groupMembersByRole<M extends MemberLike>(members: readonly M[], locale: Locale): MemberGroup<M>[] {
  const collator = new Intl.Collator(locale);
  return MEMBER_ROLE_ORDER.map((role) => ({
    role,
    members: members
      .filter((member) => member.role === role)
      .sort((a, b) => collator.compare(pickLocalized(a.organization.name, locale), pickLocalized(b.organization.name, locale))),
  })).filter((group) => group.members.length > 0);
}

export function leadOf<M extends MemberLike>(members: readonly M[]): M | undefined {
  return members.find((member) => member.role === MemberRole.LEAD);
}
