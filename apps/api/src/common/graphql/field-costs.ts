/**
 * What fields that compute or write in bulk add to a query's cost (the `complexity` option of
 * @Query/@Mutation), on top of 1 per field and the page-size multiplication of lists. With the
 * default budget of 50,000 they allow, in one operation, 9 rankings, 2 allocation plans or
 * 4 commits. docs/api/guide.md lists them.
 */
export const FIELD_COST = {
  /** Ranks every service of a consortium (about 75 ms at 2,000 services: docs/performance.md). */
  matchServices: 5_000,
  /** Solves an allocation of up to 20,000 applicants and stores the plan. */
  planAllocation: 20_000,
  /** Sends a whole cohort's referrals in one transaction. */
  commitAllocation: 10_000,
  /** A password hash (argon2), on purpose slow; `login` is also alone in its operation. */
  login: 1_000,
  /** Aggregates a consortium's referrals of a period (about 60 ms for 2,000: docs/dashboard.md). */
  dashboard: 2_000,
  /** Writes one dashboard table as a file (XLSX through exceljs). */
  dashboardExport: 500,
} as const;
