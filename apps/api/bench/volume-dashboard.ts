/**
 * The volume bench's dashboard baseline (docs/performance.md "Dashboard at volume"): the referral figures computed
 * as before the rollup (every referral of the period grouped on each request, test/support/dashboard-raw.ts), timed
 * in the same run and on the same database as the dashboard through GraphQL, which reads the rollup.
 */
import type { Pool } from 'pg';
import { dayIn } from '../src/common/time/clock';
import { rawReferralFigures } from '../test/support/dashboard-raw';
import { benchRow, timeRuns } from './stats';

export interface DashboardPeriod {
  /** The scenario's name in the volume bench. */
  name: string;
  from: string | null;
}

/** Times the raw query for each period (few runs: it takes seconds) and prints it beside the product's p50. */
export async function dashboardBaselineRows(
  pool: Pool,
  consortiumId: string,
  periods: DashboardPeriod[],
  product: Map<string, { median: number }>,
  row: string,
): Promise<void> {
  const [{ time_zone: timeZone }] = (await pool.query<{ time_zone: string }>('SELECT time_zone FROM consortium WHERE id = $1', [consortiumId])).rows;
  const today = dayIn(timeZone, new Date());
  for (const period of periods) {
    const raw = await timeRuns(3, () => rawReferralFigures(pool, consortiumId, timeZone, today, period.from, null));
    const measured = product.get(period.name);
    benchRow({
      row,
      measure: `${period.name}: the raw query (before the rollup), alone, p50`,
      value: Number(raw.median.toFixed(1)),
      unit: 'ms',
      note: measured ? `rollup through GraphQL p50 ${measured.median.toFixed(1)} ms in the same run: ${(raw.median / measured.median).toFixed(0)}× faster` : 'no GraphQL figure',
    });
  }
}
