import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiClient } from './support/api-client'
import { launchBrowser } from './support/browser'
import {
  chooseTopLevel,
  createSandboxConnection,
  generateMappings,
  openTab,
  previewAndStart,
  SLOW,
  testConfiguration,
} from './support/seed-flow-steps'
import { visibleIds } from './support/visible-ids'

// After the seed flow for one distributor, a person reads names and words only: no register id,
// connection id or UUID on the main pages and the run pages (issue 18).
describe('Every screen speaks the user’s language', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const label = 'ALSO Cloud Marketplace'
  let browser: Browser
  let page: Page
  let connectionUrl: string
  const errors: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 860 },
    })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/')
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function idsOn(path: string, tab?: string): Promise<string[]> {
    await page.goto(path)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    if (tab) await openTab(page, tab)
    await page.waitForLoadState('networkidle')
    await page
      .locator('.loading')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined)
    return (await visibleIds(page)).map((found) => `${path}${tab ? ` (${tab})` : ''}: ${found}`)
  }

  it('goes through the seed flow for one distributor', async () => {
    await createSandboxConnection(page, label)
    connectionUrl = new URL(page.url()).pathname
    await testConfiguration(page)
    await generateMappings(page)
    await chooseTopLevel(page, 'Words Group')
    await page.getByRole('button', { name: 'Import Customers' }).click()
    await previewAndStart(page, 'Import Customers')
    await page.getByRole('button', { name: 'Back' }).click()
    await openTab(page, 'Subscriptions Imports')
    await page.getByRole('radio', { name: 'All mapped customers' }).check()
    await page.getByRole('button', { name: 'Import Subscriptions' }).click()
    await previewAndStart(page, 'Import Subscriptions')
    await page.getByRole('button', { name: 'Back' }).click()
    await openTab(page, 'Integrator')
    await page.getByRole('button', { name: 'Sync now' }).click()
    await page
      .getByRole('tabpanel')
      .getByText(/^(Sync finished|Sync failed|A sync of this connection)/)
      .waitFor({ timeout: SLOW })
    expect(errors).toEqual([])
  })

  it('shows no id on the connection, customer and runs pages', async () => {
    const register = await api.register()
    const withSubscriptions = register.customers.find((c) =>
      register.subscriptions.some((s) => s.customerId === c.id),
    )
    expect(withSubscriptions).toBeDefined()
    const customer = `/customers/${encodeURIComponent(withSubscriptions!.id)}`
    const found = [
      ...(await idsOn('/')),
      ...(await idsOn(connectionUrl, 'Details')),
      ...(await idsOn(connectionUrl, 'Customer Mappings')),
      ...(await idsOn(connectionUrl, 'Subscriptions Imports')),
      ...(await idsOn(connectionUrl, 'Integrator')),
      ...(await idsOn('/customers')),
      ...(await idsOn(customer, 'Subscriptions')),
      ...(await idsOn(customer, 'Details')),
      ...(await idsOn('/runs')),
    ]
    expect(found).toEqual([])
  })

  it('shows no id on the run pages of the imports and the sync', async () => {
    const { runs } = await api.get<{ runs: Array<{ id: string; kind: string }> }>(
      '/api/runs?limit=20',
    )
    const kinds = ['customer-import', 'subscription-import', 'sync', 'mappings']
    const shown = kinds.flatMap((kind) => runs.filter((r) => r.kind === kind).slice(0, 1))
    expect(shown.length).toBeGreaterThan(1)
    const found: string[] = []
    for (const run of shown) found.push(...(await idsOn(`/runs/${encodeURIComponent(run.id)}`)))
    expect(found).toEqual([])
    expect(errors).toEqual([])
  })
})
