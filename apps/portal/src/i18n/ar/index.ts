import type { Translation } from '../en';
import { auth } from './auth';
import { common } from './common';
import { consortia } from './consortia';
import { errors } from './errors';
import { organizations } from './organizations';
import { services } from './services';
import { validation } from './validation';

export const ar: Translation = { common, auth, errors, validation, organizations, consortia, services };
