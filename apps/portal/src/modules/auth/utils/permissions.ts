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

export type NavKey = 'organizations' | 'consortia' | 'services' | 'newOrganization' | 'newConsortium';

export interface NavItem {
  key: NavKey;
  to: string;
  /** Administration actions sit apart from the directory links. */
  group: 'directory' | 'admin';
}

const DIRECTORY: NavItem[] = [
  { key: 'organizations', to: '/organizations', group: 'directory' },
  { key: 'consortia', to: '/consortia', group: 'directory' },
  { key: 'services', to: '/services', group: 'directory' },
];

/** The navigation a user sees, by role. */
export function navigationFor(actor: Actor): NavItem[] {
  const items = [...DIRECTORY];
  if (canCreateOrganization(actor)) items.push({ key: 'newOrganization', to: '/organizations/new', group: 'admin' });
  if (canManageConsortia(actor)) items.push({ key: 'newConsortium', to: '/consortia/new', group: 'admin' });
  return items;
}
