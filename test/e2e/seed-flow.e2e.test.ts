import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './support/browser'
import { coreJobsRun } from './support/core-jobs'
import {
  acceptFirstSuggestion,
  addManualMapping,
  chooseTopLevel,
  createSandboxConnection,
  escape,
  generateMappings,
  mappingCount,
  openTab,
  pick,
  previewAndStart,
  removeMapping,
  screenshot,
  SLOW,
  testConfiguration,
} from './support/seed-flow-steps'

// The seed flow a new MSP goes through, once per distributor, against the sandbox simulators that
// `pnpm start` serves. The five share one browser, one app and one register, in this order: the
// first imports the customers (the register starts empty), the others then find them by name,
// since the sandbox world's customers are the same at every distributor.
const DISTRIBUTORS = [
  'Sherweb',
  'ALSO Cloud Marketplace',
  'Rhipe',
  'Dicker Data',
  'ArrowSphere',
  'Crayon',
  'Pax8',
  'Ingram Micro',
  'TD SYNNEX StreamOne Ion',
] as const
const TOP_LEVEL = 'Harbourside IT'

describe('the seed flow against the sandbox distributors', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []
  const suggestionsAccepted: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext({
      baseURL: inject('baseUrl'),
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
  // A distributor that failed part-way must not leave a dialog open over the next one's start.
  beforeEach(async () => {
    await page.goto('/')
  })

  // The first case that runs meets the empty register, whichever it is: `-t "<label>"` runs one alone.
  let casesStarted = 0
  for (const [index, label] of DISTRIBUTORS.entries()) {
    const last = index === DISTRIBUTORS.length - 1

    it(`connects ${label}, maps and imports its customers and subscriptions, and syncs`, async () => {
      const first = casesStarted++ === 0
      await createSandboxConnection(page, label, last ? 'new-connection' : undefined)
      const connectionUrl = page.url()
      if (last) await screenshot(page, 'connection-details')
      await testConfiguration(page)

      // Generate Mappings maps exact names only: nothing on the empty register, most later on.
      const generated = await generateMappings(page)
      if (first)
        expect(generated).toMatch(
          /^No new mappings were made; 0 already mapped; [1-9]\d* with no register customer/,
        )
      else expect(generated).toMatch(/^Made [1-9]\d* mappings?/)

      // Import Customers: the rest are created under the top level (made through the UI the first time).
      await chooseTopLevel(page, TOP_LEVEL)
      await page.getByRole('button', { name: 'Import Customers' }).click()
      const customerCounts = await previewAndStart(
        page,
        'Import Customers',
        first ? 'import-preview' : undefined,
      )
      if (first) expect(customerCounts['to create']).toBeGreaterThan(0)
      await page.getByRole('button', { name: 'Back' }).click()
      const mapped = await mappingCount(page)
      expect(mapped).toBeGreaterThan(0)

      // A manual mapping: take one customer's mapping away, then map it again by hand with Add.
      const manual = await removeMapping(page, 0)
      await addManualMapping(page, manual)
      await page
        .getByRole('row', { name: new RegExp(`${escape(manual)}.*Added by hand`) })
        .first()
        .waitFor()

      // A suggestion: with one more mapping taken away its exact-name candidate is suggested.
      await removeMapping(page, 1)
      if (await acceptFirstSuggestion(page)) suggestionsAccepted.push(label)
      expect(await mappingCount(page)).toBeGreaterThanOrEqual(mapped - 1)
      if (last) await screenshot(page, 'customer-mappings')

      // Import Subscriptions for the manually mapped customer, then for every mapped customer.
      await openTab(page, 'Subscriptions Imports')
      await page.getByRole('radio', { name: 'One customer' }).check()
      await pick(page.getByRole('tabpanel'), 'Customer', manual)
      await page.getByRole('button', { name: 'Import Subscriptions' }).click()
      await previewAndStart(page, 'Import Subscriptions')
      await page.getByRole('button', { name: 'Back' }).click()
      await page.getByRole('radio', { name: 'All mapped customers' }).check()
      await page.getByRole('button', { name: 'Import Subscriptions' }).click()
      const subscriptionCounts = await previewAndStart(
        page,
        'Import Subscriptions',
        first ? 'subscriptions-import' : undefined,
      )
      expect(Object.values(subscriptionCounts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
      await page.getByRole('button', { name: 'Back' }).click()
      // Every preview and the suggestions above were worked out in the core worker, off the page,
      // and the distributor was listed there through the proxy (the mappings' customers at
      // least; the subscriptions too where the import does not list at the edge). Home, where
      // "/" opens once a connection exists, reconciles the register there too.
      const jobs = await coreJobsRun(page)
      const ran = new Set(jobs.map((job) => job.job).filter((job) => job !== 'reconcile'))
      const listings = new Set(['listCustomers', 'listSubscriptions'])
      expect(new Set([...ran].filter((job) => !listings.has(job)))).toEqual(
        new Set(['planCustomerImport', 'suggestMappings', 'planSubscriptionImport']),
      )
      expect(ran.has('listCustomers')).toBe(true)
      expect(jobs.filter((job) => job.ranIn !== 'worker')).toEqual([])

      // The customer's Subscriptions tab lists what came from this distributor.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Customers' })
        .click()
      await page
        .getByRole('searchbox', { name: 'Search customers' })
        .or(page.getByRole('textbox', { name: 'Search customers' }))
        .fill(manual)
      await page.getByRole('link', { name: manual, exact: true }).first().click()
      await page.getByRole('heading', { level: 1, name: manual }).waitFor()
      await page.getByRole('tab', { name: 'Subscriptions', exact: true }).click()
      await page
        .getByRole('region', { name: 'Subscriptions table' })
        .getByRole('cell', { name: label, exact: true })
        .first()
        .waitFor()

      // Integrator: enable the daily sync, then Sync now and see its outcome.
      await page.goto(connectionUrl)
      await openTab(page, 'Integrator')
      await page.getByRole('checkbox', { name: 'Enabled: sync this connection every day' }).check()
      await page.getByRole('group', { name: 'Daily sync' }).getByText('Saved.').waitFor()
      const syncStarted = Date.now()
      // Sync now answers at once (202) and runs at the edge in the background; the tab polls
      // GET …/sync. When no outcome shows, say which side stalled: the press or the run.
      const answered = page
        .waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/sync'))
        .then(
          async (r) =>
            `the edge answered ${r.status()} after ${Date.now() - syncStarted} ms: ${await r.text()}`,
        )
      let lastState = 'never read'
      page.on('response', (r) => {
        if (r.request().method() === 'GET' && r.url().endsWith('/sync'))
          void r.text().then(
            (text) => (lastState = text),
            () => undefined,
          )
      })
      await page.getByRole('button', { name: 'Sync now' }).click()
      expect(await answered).toMatch(/^the edge answered 202 /)
      const outcome = page.getByRole('tabpanel').getByText(/^(Sync finished|Sync failed)/)
      await outcome.waitFor({ timeout: SLOW }).catch(() => {
        throw new Error(`Sync now showed no outcome; ${lastState} was its last state`)
      })
      if (process.env.E2E_VERBOSE === '1')
        console.log(
          `${label} Sync now: ${await answered}; ended after ${Date.now() - syncStarted} ms`,
        )
      expect(await outcome.textContent()).toMatch(/^Sync finished/)
      if (last) await screenshot(page, 'integrator', { fullPage: true })

      // Offline, a reload still shows the mappings: the shell from the service worker, the data
      // from IndexedDB.
      const online = await mappingCountAt(connectionUrl)
      await context.setOffline(true)
      try {
        await page.reload()
        await page
          .getByRole('table')
          .locator('caption')
          .getByText(`Customer mappings (${online})`)
          .waitFor()
        await page
          .getByRole('row', { name: new RegExp(escape(manual)) })
          .first()
          .waitFor()
      } finally {
        await context.setOffline(false)
      }

      if (last) {
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Connections' })
          .click()
        await page
          .getByRole('region', { name: label, exact: true })
          .getByRole('link')
          .first()
          .waitFor()
        await screenshot(page, 'connections')
        // At least one distributor offered a suggestion to accept.
        expect(suggestionsAccepted.length).toBeGreaterThan(0)
      }
      expect(errors).toEqual([])
    })
  }

  async function mappingCountAt(connectionUrl: string): Promise<number> {
    await page.goto(`${connectionUrl}?tab=mappings`)
    await page.getByRole('table').locator('caption').waitFor({ timeout: SLOW })
    return mappingCount(page)
  }
})
