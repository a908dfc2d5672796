import { ADDRESS_LINE_MAX, NAME_MAX } from '@seatkeeper/core'
import { sandboxCatalogue } from '@seatkeeper/sandbox'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { launchBrowser } from './support/browser'
import { overflowWidth } from './support/page-width'

// Names as long as the register accepts (NAME_MAX and ADDRESS_LINE_MAX, 200 characters), without
// a space to break at: a 301-character name once widened the Customers page to 3,465 px and the
// customer page to 6,610 px. The register now refuses longer names, so 200 is the widest a page
// can meet.
describe('Layout with very long names', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const tag = uniqueTag()
  const long = (what: string, length: number) => `${what}${tag}`.padEnd(length, 'x')
  const customerName = long('Customer', NAME_MAX)
  let browser: Browser
  let page: Page
  let customerId: string
  let connectionId: string
  let runId: string

  beforeAll(async () => {
    browser = await launchBrowser()
    // A laptop-sized window: the widest that still makes a tight table choose between columns.
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1024, height: 800 },
    })
    page = await context.newPage()
    const sherweb = sandboxCatalogue.find((entry) => entry.id === 'sherweb')!
    connectionId = (
      await api.post<{ id: string }>('/api/connections', {
        distributor: 'sherweb',
        name: long('Connection', 120),
        config: sherweb.credentials.config,
        secrets: sherweb.credentials.secrets,
      })
    ).id
    const imported = await api.importCsv(
      [
        'name,top level,city,country,domain',
        `${customerName},${long('TopLevel', NAME_MAX)},${long('City', ADDRESS_LINE_MAX)},AU,${long('domain', 290)}.example`,
      ].join('\n'),
    )
    expect(imported.errors).toEqual([])
    runId = imported.runId!
    customerId = (await api.register()).customers.find((c) => c.name === customerName)!.id
  })
  afterAll(async () => {
    await browser?.close()
  })

  // The list is virtualised and other files may have filled the register (10,000 customers):
  // search, so the long name is in the rendered window.
  async function findCustomer() {
    await page
      .getByRole('searchbox', { name: 'Search customers' })
      .or(page.getByRole('textbox', { name: 'Search customers' }))
      .fill(customerName)
    const link = page.getByRole('link', { name: customerName })
    await link.waitFor()
    return link
  }

  const pages = () => [
    { name: 'Home', path: '/' },
    { name: 'Connections', path: '/connections' },
    { name: 'the connection', path: `/connections/${connectionId}` },
    { name: 'Customers', path: '/customers' },
    { name: 'the customer', path: `/customers/${customerId}`, tab: 'Details' },
    { name: 'Reconciliation', path: '/reconciliation' },
    { name: 'Renewals', path: '/renewals' },
    { name: 'Runs', path: '/runs' },
    { name: 'the run', path: `/runs/${runId}` },
  ]

  it('keeps every main page no wider than the window', async () => {
    const widths: Record<string, number> = {}
    for (const entry of pages()) {
      await page.goto(entry.path)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await page.waitForLoadState('networkidle')
      if (entry.tab) await page.getByRole('tab', { name: entry.tab, exact: true }).click()
      if (entry.path === '/customers') await findCustomer()
      widths[entry.name] = await overflowWidth(page)
    }
    expect(widths).toEqual(Object.fromEntries(pages().map((p) => [p.name, 0])))
  })

  it('shows the whole long name where the list truncates it', async () => {
    await page.goto('/customers')
    const link = await findCustomer()
    expect(await link.getAttribute('title')).toBe(customerName)
  })

  it('keeps the main menu on one row in a 1,280 px window and marks the page it is on', async () => {
    const wide = await browser.newPage({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } })
    try {
      await wide.goto('/renewals')
      await wide.getByRole('heading', { level: 1, name: 'Renewals' }).waitFor()
      const menu = wide.getByRole('navigation', { name: 'Main' })
      const tops = await menu
        .getByRole('link')
        .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)))
      const badge = await wide.locator('.app-header .health-badge').boundingBox()
      expect(new Set(tops).size).toBe(1)
      expect(Math.abs((badge?.y ?? 0) - tops[0]!)).toBeLessThan(20)
      await expect(
        menu.getByRole('link', { name: 'Renewals' }).getAttribute('aria-current'),
      ).resolves.toBe('page')
    } finally {
      await wide.close()
    }
  })
})
