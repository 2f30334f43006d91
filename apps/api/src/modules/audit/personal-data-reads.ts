import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';

/**
 * Records, once per request and applicant, that partner staff were shown an applicant's personal
 * data; resolvers await it before returning the data, so nothing is shown unrecorded. Loads made in
 * the same tick share one INSERT: a page of referrals costs one statement. Other roles are not
 * logged (ADMIN and the registering coordinator own the record; nobody else sees applicants).
 */
export function createPersonalDataReads(dataSource: DataSource, user: AuthUser | null): DataLoader<string, true> {
  return new DataLoader<string, true>(async (applicantIds) => {
    if (recordsPersonalDataReads(user)) {
      await dataSource.query(
        `INSERT INTO audit_entry (user_id, action, record_type, record_id) SELECT $1, 'READ_PERSONAL_DATA', 'APPLICANT', unnest($2::uuid[])`,
        [user.id, [...applicantIds]],
      );
    }
    return applicantIds.map(() => true as const);
  });
}

/** Whether showing applicants to this user is recorded (partner staff only, see createPersonalDataReads). */
export function recordsPersonalDataReads(user: AuthUser | null): user is AuthUser {
  return user?.role === Role.PARTNER_STAFF;
}

/**
 * The same record written inside the statement that reads the applicants, as a data-modifying CTE
 * (`WITH page AS (...), shown AS (<this>) SELECT ... FROM page`): one entry per distinct id of
 * `applicantIdsSql` (a SELECT of one uuid column), for the user bound to `:personalDataReader`. The
 * statement reads and records together or not at all, so nothing it returns is shown unrecorded.
 */
export function recordPersonalDataReadsSql(applicantIdsSql: string): string {
  return `INSERT INTO audit_entry (user_id, action, record_type, record_id)
    SELECT CAST(:personalDataReader AS uuid), 'READ_PERSONAL_DATA', 'APPLICANT', shown.id FROM (SELECT DISTINCT id FROM (${applicantIdsSql}) ids (id)) shown`;
}
