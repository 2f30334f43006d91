import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What fails the test: anything axe rates serious or critical, and every landmark problem whatever its rating. */
function blocks(violation: Result): boolean {
  return (
    violation.impact === 'serious' ||
    violation.impact === 'critical' ||
    violation.id.startsWith('landmark-') ||
    violation.id === 'region' ||
    violation.id === 'bypass'
  );
}

/**
 * Runs axe-core on the page as it stands (WCAG 2.1 A/AA and best practices) and returns one readable line per
 * failing element: `page · rule · impact · target · summary`, so a failure says what to fix and where.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  // Evaluated through the debugging protocol: the portal's CSP (script-src 'self') rightly refuses an inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Running axe inside the page: its result is plain JSON.
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  return results.violations.filter(blocks).flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${label} · ${violation.id} · ${violation.impact ?? 'n/a'} · ${node.target.join(' ')} · ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ').slice(0, 240)}`,
    ),
  );
}
