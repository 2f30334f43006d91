import { Role } from '@shuraka/domain';

/** The signed-in user as authorization needs it. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  organizationId: string | null;
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);
