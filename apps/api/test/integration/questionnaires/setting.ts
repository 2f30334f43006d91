import { MemberRole, Role } from '@shuraka/domain';
import { createConsortium, createOrganization, signedIn } from '../../factories';
import type { TestApp } from '../../support/test-app';

/**
 * One consortium as the questionnaire tests need it: a lead, two partners (A and B), an
 * organisation outside the consortium, and a signed-in user for each role that matters.
 */
export async function questionnaireSetting(api: TestApp) {
  const lead = await createOrganization(api.dataSource);
  const partnerA = await createOrganization(api.dataSource);
  const partnerB = await createOrganization(api.dataSource);
  const outsider = await createOrganization(api.dataSource);
  const consortium = await createConsortium(api.dataSource, lead.id, [
    { organizationId: partnerA.id, role: MemberRole.MEMBER },
    { organizationId: partnerB.id, role: MemberRole.MEMBER },
  ]);
  const [admin, leadStaff, committee, coordinator, staffA, staffA2, staffB, outsiderStaff, outsiderCommittee] = await Promise.all([
    signedIn(api, Role.ADMIN),
    signedIn(api, Role.PARTNER_STAFF, lead.id),
    signedIn(api, Role.COMMITTEE_MEMBER, lead.id),
    signedIn(api, Role.COORDINATOR, lead.id),
    signedIn(api, Role.PARTNER_STAFF, partnerA.id),
    signedIn(api, Role.PARTNER_STAFF, partnerA.id),
    signedIn(api, Role.PARTNER_STAFF, partnerB.id),
    signedIn(api, Role.PARTNER_STAFF, outsider.id),
    signedIn(api, Role.COMMITTEE_MEMBER, outsider.id),
  ]);
  return { lead, partnerA, partnerB, outsider, consortium, admin, leadStaff, committee, coordinator, staffA, staffA2, staffB, outsiderStaff, outsiderCommittee };
}

export type QuestionnaireSetting = Awaited<ReturnType<typeof questionnaireSetting>>;

export const QUESTIONNAIRE_FIELDS = `id version published familyId latestVersion publishedAt title { ar en }
  questions { name type label { ar en } required relevant constraint parent calculation capability choices { name label { ar en } filters } }`;
export const ASSIGNMENT_FIELDS = `id dueOn submittedAt status revision overdue reopenReason reopenedAt lastSavedAt
  organization { id } questionnaire { id version } answers { question value }`;

export interface Assignment {
  id: string;
  dueOn: string;
  submittedAt: string | null;
  status: 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED';
  revision: number;
  overdue: boolean;
  reopenReason: string | null;
  reopenedAt: string | null;
  lastSavedAt: string | null;
  organization: { id: string };
  questionnaire: { id: string; version: number };
  answers: Array<{ question: string; value: unknown }>;
}

/** `answers` as an object, for assertions. */
export const answersOf = (assignment: Pick<Assignment, 'answers'>) =>
  Object.fromEntries(assignment.answers.map((answer) => [answer.question, answer.value]));
