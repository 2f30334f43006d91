import type { SelectQueryBuilder } from 'typeorm';
import { normalizeSearchText } from '@shuraka/domain';
import { containsPattern } from '../../common/database/like';
import type { ApplicantFilter } from './dto/applicant.inputs';

/** The calendar an applicant's registration day is read in: their consortium's, Asia/Aden without one (as the dashboard). */
function registrationZone(alias: string): string {
  return `coalesce((SELECT filter_c.time_zone FROM consortium filter_c WHERE filter_c.id = ${alias}.consortium_id), 'Asia/Aden')`;
}

/**
 * Adds an ApplicantFilter's conditions to a query over `applicant` (alias `a`). One helper for the
 * applicants list and for planAllocation's cohort, so `applicants(filter).totalCount` is exactly the
 * number of applicants a plan for that filter considers.
 */
export function applyApplicantFilter<T extends object>(query: SelectQueryBuilder<T>, filter: ApplicantFilter | null | undefined, alias = 'a'): SelectQueryBuilder<T> {
  if (!filter) return query;
  const search = filter.search ? normalizeSearchText(filter.search) : '';
  if (search) query.andWhere(`${alias}.search_text LIKE :filterSearch`, { filterSearch: containsPattern(search) });
  if (filter.category) query.andWhere(`${alias}.category = :filterCategory`, { filterCategory: filter.category });
  if (filter.governorate) query.andWhere(`${alias}.governorate = :filterGovernorate`, { filterGovernorate: filter.governorate });
  // Every time zone is within 14 hours of UTC: the coarse bound lets an index on created_at narrow the rows, the exact one decides.
  if (filter.registeredFrom) {
    query.andWhere(
      `${alias}.created_at >= (CAST(:filterFrom AS date)::timestamp AT TIME ZONE 'UTC') - interval '14 hours' AND ${alias}.created_at >= (CAST(:filterFrom AS date)::timestamp AT TIME ZONE ${registrationZone(alias)})`,
      { filterFrom: filter.registeredFrom },
    );
  }
  if (filter.registeredTo) {
    query.andWhere(
      `${alias}.created_at < ((CAST(:filterTo AS date) + 1)::timestamp AT TIME ZONE 'UTC') + interval '14 hours' AND ${alias}.created_at < ((CAST(:filterTo AS date) + 1)::timestamp AT TIME ZONE ${registrationZone(alias)})`,
      { filterTo: filter.registeredTo },
    );
  }
  if (filter.notYetReferred === true) query.andWhere(`NOT EXISTS (SELECT 1 FROM referral filter_r WHERE filter_r.applicant_id = ${alias}.id)`);
  if (filter.notYetReferred === false) query.andWhere(`EXISTS (SELECT 1 FROM referral filter_r WHERE filter_r.applicant_id = ${alias}.id)`);
  return query;
}
