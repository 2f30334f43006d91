import { allocation } from './allocation';
import { applicants } from './applicants';
import { auth } from './auth';
import { common } from './common';
import { consortia } from './consortia';
import { errors } from './errors';
import { meetings } from './meetings';
import { organizations } from './organizations';
import { notifications } from './notifications';
import { questionnaires } from './questionnaires';
import { recommendations } from './recommendations';
import { dashboard } from './dashboard';
import { referrals } from './referrals';
import { services } from './services';
import { validation } from './validation';

export const en = { common, auth, errors, validation, organizations, consortia, services, applicants, referrals, allocation, notifications, questionnaires, meetings, recommendations, dashboard };

/** The shape every language must fill: the same keys, any text. */
export type Translation = typeof en;
