import { SetMetadata } from '@nestjs/common';
import { Role } from '@shuraka/domain';
import { ALL_ROLES } from './auth-user';

export const ROLES_KEY = 'shuraka:roles';
export const PUBLIC_KEY = 'shuraka:public';

/** Roles that may call a resolver; object-level checks follow in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user; what they see is still filtered by the service. */
export const AnySignedIn = () => SetMetadata(ROLES_KEY, ALL_ROLES);

/** No sign-in needed (login). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
