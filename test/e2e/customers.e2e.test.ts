import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, SCREENSHOTS_DIR, useBrowser } from './support/browser'

describe('Customers', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  async function customersPage(): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(browser(), baseUrl)
    await opened.page.goto('/customers')
    await opened.page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor()
    return opened
  }

  it('creates a customer through the dialog and edits it on its page', async () => {
    const tag = uniqueTag()
    const { page, errors } = await customersPage()

    await page.getByRole('button', { name: 'New customer' }).click()
    const dialog = page.getByRole('dialog', { name: 'New customer' })
    await dialog.getByLabel('Name (required)').fill(`Dialog Pty ${tag}`)
    await dialog.getByLabel('Domain').fill(`dialog-${tag}.example`)
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Saved “Dialog Pty ${tag}”.` })
      .waitFor()
    await expect(dialog.isVisible()).resolves.toBe(false)

    await page.getByLabel('Search customers').fill(tag)
    await page.getByRole('link', { name: `Dialog Pty ${tag}` }).click()
    await page.getByRole('heading', { name: `Dialog Pty ${tag}`, level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Edit customer' }).click()
    const edit = page.getByRole('dialog', { name: `Edit Dialog Pty ${tag}` })
    await expect(edit.getByLabel('Domain').inputValue()).resolves.toBe(`dialog-${tag}.example`)
    await edit.getByLabel('Domain').fill(`renamed-${tag}.example`)
    await edit.getByLabel('Tax ID').fill('ABN 51 824 753 556')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Saved “Dialog Pty ${tag}”.` })
      .waitFor()

    await page.getByRole('tab', { name: 'Details' }).click()
    await page.getByText(`renamed-${tag}.example`).waitFor()
    const saved = (await api.register()).customers.find((c) => c.name === `Dialog Pty ${tag}`)
    expect(saved).toMatchObject({ domain: `renamed-${tag}.example`, taxId: 'ABN 51 824 753 556' })
    expect(errors).toEqual([])
  })

  it('shows which register version it shows, and says so with a retry when the refresh after a save fails', async () => {
    const tag = uniqueTag()
    const { page, errors } = await customersPage()
    const { version } = await api.register()
    await page.getByText(`Register version ${version}, refreshed just now`).waitFor()

    await page.route('**/api/register/changes*', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { message: 'The register is being moved.' } }),
      }),
    )
    await page.getByRole('button', { name: 'New customer' }).click()
    const dialog = page.getByRole('dialog', { name: 'New customer' })
    await dialog.getByLabel('Name (required)').fill(`Stale Pty ${tag}`)
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    const stale = page
      .getByRole('alert')
      .filter({ hasText: 'The register could not be refreshed: The register is being moved.' })
    await stale.waitFor()
    await expect(stale.textContent()).resolves.toContain(`still show version ${version}`)

    await page.unroute('**/api/register/changes*')
    await stale.getByRole('button', { name: 'Refresh the register' }).click()
    await stale.waitFor({ state: 'detached' })
    await page.getByText(`Register version ${version + 1}, refreshed just now`).waitFor()
    await page.getByLabel('Search customers').fill(tag)
    await page.getByRole('link', { name: `Stale Pty ${tag}` }).waitFor()
    expect(errors).toEqual([])
  })

  it('warns about a name another customer has, links to it, and creates a second only when confirmed', async () => {
    const tag = uniqueTag()
    const existing = await api.createCustomer({ name: `Ashford Travel ${tag}` })
    const { page, errors } = await customersPage()

    await page.getByRole('button', { name: 'New customer' }).click()
    const dialog = page.getByRole('dialog', { name: 'New customer' })
    await dialog.getByText('Up to 200 characters').first().waitFor()
    await dialog.getByLabel('Name (required)').fill(`  ashford travel ${tag} `)
    const link = dialog.getByRole('link', { name: `Ashford Travel ${tag}` })
    await expect(link.getAttribute('href')).resolves.toBe(`/customers/${existing.id}`)
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    await dialog.getByText(`“Ashford Travel ${tag}” is already a customer.`).waitFor()
    expect((await api.register()).customers.filter((c) => c.name.includes(tag))).toHaveLength(1)

    await dialog.getByLabel(/Yes, create a second customer named/).check()
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved “ashford travel' }).waitFor()
    expect((await api.register()).customers.filter((c) => c.name.includes(tag))).toHaveLength(2)
    expect(errors).toEqual([])
  })

  it('imports a CSV, reports each bad line with its reason, and exports the good rows again', async () => {
    const tag = uniqueTag()
    const { page, errors } = await customersPage()
    const csv = [
      'name,top level,domain,country',
      `Good One ${tag},Group ${tag},one-${tag}.example,AU`,
      `,Group ${tag},nameless.example,AU`,
      `Good Two ${tag},,two-${tag}.example,NZ`,
      `Bad Country ${tag},,bad.example,Australia`,
    ].join('\n')

    await page.getByRole('button', { name: 'Import customers (CSV)' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' })
    await dialog
      .getByLabel('CSV file')
      .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await dialog.getByText('2 customers imported.').waitFor()
    const report = dialog.getByRole('list', { name: '2 rows were not imported:' })
    const rows = await report.getByRole('listitem').allInnerTexts()
    expect(rows.map((row) => row.split(':')[0])).toEqual(['Line 3', 'Line 5'])
    expect(rows[0]).toMatch(/name/i)
    expect(rows[1]).toMatch(/country/i)
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()

    await page.getByLabel('Search customers').fill(tag)
    await page.getByRole('link', { name: `Good One ${tag}` }).waitFor()
    await page.getByRole('link', { name: `Good Two ${tag}` }).waitFor()
    await expect(page.getByRole('link', { name: `Bad Country ${tag}` }).count()).resolves.toBe(0)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export customers (CSV)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^seatkeeper-customers-\d{4}-\d{2}-\d{2}\.csv$/)
    const exported = readFileSync((await download.path())!, 'utf8')
    expect(exported.split(/\r?\n/)[0]).toBe(
      '\uFEFFname,top level,address line 1,address line 2,city,region,postcode,country,domain,tenant id,tax id',
    )
    expect(exported).toContain(`Good One ${tag},Group ${tag},,,,,,AU,one-${tag}.example,,`)
    expect(exported).toContain(`Good Two ${tag},,,,,,,NZ,two-${tag}.example,,`)
    expect(exported).not.toContain(`Bad Country ${tag}`)
    expect(errors).toEqual([])
  })

  it('narrows the list by search and by top level', async () => {
    const tag = uniqueTag()
    const north = await api.createTopLevel(`North ${tag}`)
    const south = await api.createTopLevel(`South ${tag}`)
    await api.createCustomer({
      name: `Alpha ${tag}`,
      topLevelId: north.id,
      domain: `alpha-${tag}.example`,
    })
    await api.createCustomer({ name: `Bravo ${tag}`, topLevelId: south.id })
    await api.createCustomer({ name: `Charlie ${tag}`, topLevelId: north.id })
    const { page, errors } = await customersPage()
    const list = page.getByRole('table', { name: 'Customers' })
    const names = async () =>
      (await list.getByRole('row').allInnerTexts()).slice(1).map((row) => row.split(/\t|\n/)[0])

    await page.getByLabel('Search customers').fill(tag)
    await expect.poll(names).toEqual([`Alpha ${tag}`, `Bravo ${tag}`, `Charlie ${tag}`])
    await page.getByLabel('Top level').selectOption({ label: `North ${tag}` })
    await expect.poll(names).toEqual([`Alpha ${tag}`, `Charlie ${tag}`])
    await page.getByLabel('Search customers').fill(`alpha-${tag}.example`)
    await expect.poll(names).toEqual([`Alpha ${tag}`])
    await page.getByText(/^1 of [\d,]+ customers$/).waitFor()
    await page.getByLabel('Top level').selectOption({ label: `South ${tag}` })
    await page.getByText('No customers match this search and top level.').waitFor()
    expect(errors).toEqual([])
  })

  it("shows a customer's subscriptions, each with its distributor, quantity and price", async () => {
    const tag = uniqueTag()
    const customer = await api.createCustomer({
      name: `Harbour Dental ${tag}`,
      domain: `harbour-${tag}.example`,
    })
    // Subscriptions arrive from distributors; a manual plan (docs/api.md "Register") stands in for an import here.
    const subscriptions = [
      {
        name: 'Microsoft 365 Business Premium',
        sku: 'CFQ7TTC0LCHC',
        quantity: 24,
        unitPrice: 36.3,
        unitCost: 30.25,
        billingCycle: 'monthly',
        termMonths: 12,
      },
      {
        name: 'Exchange Online (Plan 1)',
        sku: 'CFQ7TTC0LH16',
        quantity: 5,
        unitPrice: 6.05,
        unitCost: 5.04,
        billingCycle: 'annual',
        termMonths: 12,
      },
      {
        name: 'Microsoft Defender for Business',
        sku: 'CFQ7TTC0LCHC-DFB',
        quantity: 24,
        unitPrice: 4.84,
        unitCost: 4.03,
        billingCycle: 'monthly',
        termMonths: 1,
      },
    ].map((s, i) => ({
      ...s,
      id: `sub-${tag}-${i}`,
      customerId: customer.id,
      connectionId: `conn-${tag}`,
      distributor: 'Sherweb',
      externalId: `ext-${tag}-${i}`,
      status: 'active' as const,
      startDate: '2026-07-01',
      currency: 'AUD',
      active: true,
      version: 1,
    }))
    const { version } = await api.register()
    const zero = { create: 0, update: 0, unchanged: 0, skipped: 0 }
    await api.post('/api/register/plans', {
      baseVersion: version,
      plan: {
        kind: 'manual',
        connectionId: `conn-${tag}`,
        baseVersion: version,
        operations: subscriptions.map((after) => ({ op: 'createSubscription', after })),
        skipped: [],
        quarantine: [],
        summary: {
          customers: zero,
          subscriptions: {
            ...zero,
            create: subscriptions.length,
            deactivate: 0,
            zero: 0,
            quarantined: 0,
          },
          mappings: { add: 0, update: 0, remove: 0 },
        },
      },
    })

    const { page, errors } = await openPage(browser(), baseUrl)
    await page.goto(`/customers/${customer.id}`)
    const table = page.getByRole('table', { name: 'Subscriptions' })
    await table.waitFor()
    const rows = await table.getByRole('row').allInnerTexts()
    expect(rows).toHaveLength(4)
    expect(rows[1]).toMatch(/^Exchange Online \(Plan 1\)[\s\S]*\tSherweb\t5\tactive\tYes/)
    if (process.env.SCREENSHOTS === '1')
      await page.screenshot({ path: join(SCREENSHOTS_DIR, 'customer-subscriptions.png') })
    expect(errors).toEqual([])
  })

  it('renders a window of 10,000 customers and scrolls to the last one', async () => {
    const tag = uniqueTag()
    const lines = ['name,domain']
    // Zero-padded so the name order (numeric collation) is the file's order; "Zz" sorts after every other test's customers.
    for (let i = 1; i <= 10_000; i++)
      lines.push(`Zz Bulk ${tag} ${String(i).padStart(5, '0')},bulk-${i}.example`)
    const imported = await api.importCsv(lines.join('\n'))
    expect(imported).toMatchObject({ imported: 10_000, errors: [] })
    try {
      const { page, errors } = await customersPage()
      const list = page.getByRole('table', { name: 'Customers' })
      await list.getByRole('row').nth(1).waitFor()
      await expect(list.getAttribute('aria-rowcount').then(Number)).resolves.toBeGreaterThan(10_000)
      expect(await list.getByRole('row').count()).toBeLessThan(100)

      await page
        .locator('.vlist__scroller')
        .evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }))
      await list.getByRole('link', { name: `Zz Bulk ${tag} 10000` }).waitFor()
      await expect(
        list.getByRole('link', { name: `Zz Bulk ${tag} 10000` }).isVisible(),
      ).resolves.toBe(true)
      expect(await list.getByRole('row').count()).toBeLessThan(100)

      if (process.env.SCREENSHOTS === '1') {
        await page.locator('.vlist__scroller').evaluate((scroller) => scroller.scrollTo({ top: 0 }))
        await page.getByLabel('Search customers').fill('')
        await page.getByLabel('Search customers').blur()
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'customers.png') })
      }
      expect(errors).toEqual([])
    } finally {
      // The register is shared by every e2e file: leave it as small as it was.
      if (imported.runId) await api.undoRun(imported.runId)
    }
  })
})
