/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import type { Page } from 'playwright-core'

/**
 * The pieces of text a person can read on the page that look like a register or connection id
 * (`cus_…`, `sub_…`, `conn_…`, `top_…`) or a UUID. Not counted: text inside a closed <details>
 * (the "Technical details" kept for support) and a value under a "Microsoft tenant ID" label (a details line or a change table's row),
 * which is the customer's own data, not an id Seatkeeper made.
 */
export async function visibleIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pattern =
      /\b(?:cus|sub|conn|top)_[0-9a-z]+|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi
    const hiddenInClosedDetails = (node: Node) => {
      for (let el = node.parentElement; el; el = el.parentElement) {
        const details = el.closest('details')
        if (!details) return false
        if (!details.open && !el.closest('summary')) return true
        el = details
      }
      return false
    }
    const isTenantValue = (node: Node) => {
      const dd = node.parentElement?.closest('dd')
      const dt = dd?.previousElementSibling
      if (dt?.tagName === 'DT' && /tenant id/i.test(dt.textContent ?? '')) return true
      // A run's change table: the row's header names the field.
      const row = node.parentElement?.closest('tr')
      const header = row?.querySelector('th')
      return header !== null && header !== undefined && /tenant id/i.test(header.textContent ?? '')
    }
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      const matches = text.match(pattern)
      if (!matches) continue
      const parent = node.parentElement
      if (!parent || !parent.checkVisibility({ visibilityProperty: true } as never)) continue
      if (hiddenInClosedDetails(node) || isTenantValue(node)) continue
      found.push(...matches.map((id) => `${id} in “${text.trim().slice(0, 80)}”`))
    }
    return found
  })
}
