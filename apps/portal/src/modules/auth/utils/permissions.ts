import { Role } from '@shuraka/domain';

/** What the portal needs to know about a user to decide what to offer; the API decides what is allowed. */
export interface Actor {
  role: Role | `${Role}`;
  organization?: { id: string } | null;
}

export function isAdmin(actor: Actor): boolean {
  return actor.role === Role.ADMIN;
}

function isStaffOf(actor: Actor, organizationId: string): boolean {
  return actor.role === Role.PARTNER_STAFF && !!actor.organization && actor.organization.id === organizationId;
}

/** ADMIN, or partner staff of that very organisation. */
export function canEditOrganization(actor: Actor, organizationId: string): boolean {
  return isAdmin(actor) || isStaffOf(actor, organizationId);
}

export function canManageServices(actor: Actor, organizationId: string): boolean {
  return isAdmin(actor) || isStaffOf(actor, organizationId);
}

export function canCreateOrganization(actor: Actor): boolean {
  return isAdmin(actor);
}

export function canManageConsortia(actor: Actor): boolean {
  return isAdmin(actor);
}

/** Coordinators register applicants, look at their matches and refer them. */
export function canRegisterApplicants(actor: Actor): boolean {
  return actor.role === Role.COORDINATOR;
}

/** The applicants list and pages: coordinators (their own) and administrators (all, read only). */
export function canViewApplicants(actor: Actor): boolean {
  return actor.role === Role.COORDINATOR || isAdmin(actor);
}

/** The registering coordinator (a coordinator sees only their own applicants) and administrators correct them. */
export function canEditApplicants(actor: Actor): boolean {
  return actor.role === Role.COORDINATOR || isAdmin(actor);
}

export function canReferApplicants(actor: Actor): boolean {
  return actor.role === Role.COORDINATOR;
}

export function canPlanAllocation(actor: Actor): boolean {
  return actor.role === Role.COORDINATOR;
}

/** Partner staff answer referrals; coordinators follow theirs up; administrators look. */
export function canViewReferrals(actor: Actor): boolean {
  return actor.role === Role.PARTNER_STAFF || actor.role === Role.COORDINATOR || isAdmin(actor);
}

export type NavKey =
  | 'applicants'
  | 'newApplicant'
  | 'allocation'
  | 'referrals'
  | 'organizations'
  | 'consortia'
  | 'services'
  | 'newOrganization'
  | 'newConsortium'
  | 'questionnaires'
  | 'meetings'
  | 'committees'
  | 'recommendations'
  | 'dashboard';

export interface NavItem {
  key: NavKey;
  to: string;
  /** Daily work comes first, then the directory; administration actions sit apart. */
  group: 'work' | 'directory' | 'admin';
}

const DIRECTORY: NavItem[] = [
  { key: 'organizations', to: '/organizations', group: 'directory' },
  { key: 'consortia', to: '/consortia', group: 'directory' },
  { key: 'services', to: '/services', group: 'directory' },
];

/** Consortium staff write and follow up questionnaires, committees read them, partner staff answer theirs. */
export function canViewQuestionnaires(actor: Actor): boolean {
  return actor.role === Role.PARTNER_STAFF || actor.role === Role.COMMITTEE_MEMBER || isAdmin(actor);
}

/**
 * Meetings and committees belong to consortia: members' users read them (lead staff and committee members also
 * manage them), administrators see all. A user without an organisation belongs to no consortium.
 */
export function canViewMeetings(actor: Actor): boolean {
  return isAdmin(actor) || !!actor.organization;
}

/**
 * Recommendations are read by every member organisation's users (and administrators); who may change one is
 * decided per recommendation by the API (canManage / canReport).
 */
export function canViewRecommendations(actor: Actor): boolean {
  return canViewMeetings(actor);
}

/** The dashboard: administrators, committee members, and partner staff (the API shows the consortia they lead). */
export function canViewDashboard(actor: Actor): boolean {
  return isAdmin(actor) || actor.role === Role.COMMITTEE_MEMBER || actor.role === Role.PARTNER_STAFF;
}

/** The navigation a user sees, by role. */
export function navigationFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [];
  if (canViewApplicants(actor)) items.push({ key: 'applicants', to: '/applicants', group: 'work' });
  if (canRegisterApplicants(actor)) items.push({ key: 'newApplicant', to: '/applicants/new', group: 'work' });
  if (canPlanAllocation(actor)) items.push({ key: 'allocation', to: '/allocation', group: 'work' });
  if (canViewReferrals(actor)) items.push({ key: 'referrals', to: '/referrals', group: 'work' });
  if (canViewQuestionnaires(actor)) items.push({ key: 'questionnaires', to: '/questionnaires', group: 'work' });
  if (canViewMeetings(actor)) {
    items.push({ key: 'meetings', to: '/meetings', group: 'work' }, { key: 'committees', to: '/committees', group: 'work' });
  }
  if (canViewRecommendations(actor)) items.push({ key: 'recommendations', to: '/recommendations', group: 'work' });
  if (canViewDashboard(actor)) items.push({ key: 'dashboard', to: '/dashboard', group: 'work' });
  items.push(...DIRECTORY);
  if (canCreateOrganization(actor)) items.push({ key: 'newOrganization', to: '/organizations/new', group: 'admin' });
  if (canManageConsortia(actor)) items.push({ key: 'newConsortium', to: '/consortia/new', group: 'admin' });
  return items;
}

/**
 * Where a user lands: partner staff on their referrals (with their organisation's recommendations), coordinators on
 * their applicants, committee members on the dashboard, others on the directory.
 */
export function homePathFor(actor: Actor): string {
  if (actor.role === Role.PARTNER_STAFF) return '/referrals';
  if (actor.role === Role.COORDINATOR) return '/applicants';
  if (actor.role === Role.COMMITTEE_MEMBER) return '/dashboard';
  return '/organizations';
}
