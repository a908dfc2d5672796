/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import type { Page } from 'playwright-core'

/** How much wider than the viewport the document is, in CSS pixels (0 when it fits). */
export async function overflowWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)
    return Math.max(0, widest - window.innerWidth)
  })
}
