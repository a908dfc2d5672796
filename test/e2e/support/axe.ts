/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import axe from 'axe-core'
import type { Page } from 'playwright-core'

export type AxeFinding = { id: string; impact: string | null; help: string; targets: string[] }

/**
 * Runs axe-core in the page (injected from the test package, nothing fetched) against WCAG 2.x
 * A/AA and best practice, and returns each violation with the elements at fault, readable in a
 * failed assertion.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    }),
  )
  // No rule passed at all means axe looked at nothing (a blank page): that is not a clean result.
  if (results.passes.length === 0) throw new Error(`axe found nothing to check on ${page.url()}`)
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map(
      (node) =>
        `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`,
    ),
  }))
}
