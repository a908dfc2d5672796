/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { sandboxCatalogue } from '@seatkeeper/sandbox'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, SCREENSHOTS_DIR, useBrowser } from './support/browser'
import { openTab } from './support/seed-flow-steps'
import { visibleIds } from './support/visible-ids'

describe('Offline', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('opens Customers with no network, keeps a new customer in the outbox and sends it once when back', async () => {
    const tag = uniqueTag()
    await api.createCustomer({ name: `Kept Offline ${tag}`, domain: `kept-${tag}.example` })
    const { page, errors } = await openPage(browser(), baseUrl)
    const context = page.context()

    await page.goto('/')
    // The page is only controlled once the worker has installed and claimed it.
    await page.waitForFunction(
      async () =>
        (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null,
    )
    await page.getByRole('link', { name: 'Customers' }).click()
    await page.getByLabel('Search customers').fill(tag)
    await page.getByRole('link', { name: `Kept Offline ${tag}` }).waitFor()

    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor()
    const banner = page.getByRole('status').filter({ hasText: 'You are offline.' })
    await expect(banner.innerText()).resolves.toMatch(
      /Imports, syncs, connection changes and undo need the network/,
    )
    await page.getByLabel('Search customers').fill(tag)
    await page.getByRole('link', { name: `Kept Offline ${tag}` }).waitFor()

    await page.getByRole('button', { name: 'New customer' }).click()
    const dialog = page.getByRole('dialog', { name: 'New customer' })
    await dialog.getByLabel('Name (required)').fill(`Made Offline ${tag}`)
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    await page.getByText(`You are offline: “Made Offline ${tag}” is kept in this browser`).waitFor()
    const outbox = page.getByRole('region', { name: /^Changes made offline/ })
    await outbox.getByText(`Create customer “Made Offline ${tag}” — Waiting to send`).waitFor()
    if (process.env.SCREENSHOTS === '1')
      await page.screenshot({ path: join(SCREENSHOTS_DIR, 'offline.png') })
    expect(
      (await api.register()).customers.filter((c) => c.name === `Made Offline ${tag}`),
    ).toHaveLength(0)

    await context.setOffline(false)
    await outbox.waitFor({ state: 'detached' })
    await page.getByRole('link', { name: `Made Offline ${tag}` }).waitFor()
    await expect(banner.count()).resolves.toBe(0)
    // A second reconnect (and the minute timer) must not send it again.
    await context.setOffline(true)
    await context.setOffline(false)
    await page.waitForTimeout(1_000)
    expect(
      (await api.register()).customers.filter((c) => c.name === `Made Offline ${tag}`),
    ).toHaveLength(1)

    const cached = await page.evaluate(async () => {
      const urls: string[] = []
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url)
      }
      return urls
    })
    expect(cached.length).toBeGreaterThan(0)
    expect(cached.filter((url) => url.includes('/api/'))).toEqual([])
    expect(errors).toEqual([])
  })

  it('shows the Integrator settings last read, read-only, after an offline reload, with the reasons beside Sync now', async () => {
    const crayon = sandboxCatalogue.find((entry) => entry.id === 'crayon')!
    const { id } = await api.post<{ id: string }>('/api/connections', {
      distributor: 'crayon',
      name: `Crayon offline ${uniqueTag()}`,
      ...crayon.credentials,
    })
    const { page, errors } = await openPage(browser(), baseUrl)
    const context = page.context()
    await page.goto(`/connections/${encodeURIComponent(id)}`)
    await page.waitForFunction(
      async () =>
        (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null,
    )
    await openTab(page, 'Integrator')
    const enabled = page.getByRole('checkbox', { name: 'Enabled: sync this connection every day' })
    await enabled.check()
    await page.getByRole('group', { name: 'Daily sync' }).getByText('Saved.').waitFor()

    await context.setOffline(true)
    await page.reload()
    await openTab(page, 'Integrator')
    const panel = page.getByRole('tabpanel')
    await panel.getByText('These are the settings as this browser last read them.').waitFor()
    await expect(enabled.isChecked()).resolves.toBe(true)
    await expect(enabled.isDisabled()).resolves.toBe(true)
    await expect(
      page.getByRole('checkbox', { name: 'Subscriptions', exact: true }).isDisabled(),
    ).resolves.toBe(true)
    await panel.getByText('You are offline: changing these settings needs the network.').waitFor()
    await expect(page.getByRole('button', { name: 'Sync now' }).isDisabled()).resolves.toBe(true)
    await panel.getByText('You are offline: Sync now needs the network.').waitFor()
    const text = await panel.innerText()
    expect(text).not.toMatch(/\/api\/|Loading the settings/)
    expect(await visibleIds(page)).toEqual([])
    await context.setOffline(false)
    expect(errors).toEqual([])
  })
  it("opens Reconciliation and a customer's Billing tab with no network, from the cached register, the writes disabled with the reasons beside", async () => {
    // A customer of its own: 12 seats billed 10 (under-billed), and 3 seats on no line (not billed).
    const tag = uniqueTag()
    const customer = await api.createCustomer({ name: `Billed Offline ${tag}` })
    const subscription = (i: number, quantity: number) => ({
      id: `sub-off-${tag}-${i}`,
      customerId: customer.id,
      connectionId: `conn-off-${tag}`,
      distributor: 'Sherweb',
      externalId: `ext-off-${tag}-${i}`,
      name: i === 0 ? 'Microsoft 365 Business Premium' : 'Exchange Online (Plan 1)',
      status: 'active' as const,
      quantity,
      unitPrice: 30,
      currency: 'AUD',
      active: true,
      version: 1,
    })
    const subscriptions = [subscription(0, 12), subscription(1, 3)]
    const { version } = await api.register()
    const zero = { create: 0, update: 0, unchanged: 0, skipped: 0 }
    await api.post('/api/register/plans', {
      baseVersion: version,
      plan: {
        kind: 'manual',
        connectionId: `conn-off-${tag}`,
        baseVersion: version,
        operations: subscriptions.map((after) => ({ op: 'createSubscription', after })),
        skipped: [],
        quarantine: [],
        summary: {
          customers: zero,
          subscriptions: { ...zero, create: 2, deactivate: 0, zero: 0, quarantined: 0 },
          mappings: { add: 0, update: 0, remove: 0 },
        },
      },
    })
    const line = await api.post<{ id: string }>('/api/billing/lines', {
      customerId: customer.id,
      description: `Business Premium ${tag}`,
      quantity: 10,
      unitPrice: 30,
      currency: 'AUD',
      period: 'monthly',
    })
    await fetch(`${baseUrl}/api/billing/subscriptions/${subscriptions[0]!.id}/line`, {
      method: 'PUT',
      headers: { origin: baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ billingLineId: line.id }),
    })

    const { page, errors } = await openPage(browser(), baseUrl)
    const context = page.context()
    await page.goto(`/reconciliation?customer=${encodeURIComponent(customer.id)}`)
    await page.waitForFunction(
      async () =>
        (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null,
    )
    const findings = page.getByRole('table', { name: 'Findings' })
    const underBilled = findings.getByRole('row').filter({ hasText: 'Under-billed' })
    await underBilled.waitFor({ timeout: 60_000 })

    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { name: 'Reconciliation', level: 1 }).waitFor()
    // The same findings, read from the register this browser keeps.
    await underBilled.getByText(`"Business Premium ${tag}" bills 10.`).waitFor({ timeout: 60_000 })
    await findings
      .getByText("Sherweb's Exchange Online (Plan 1) has 3 seats", { exact: false })
      .waitFor()
    await expect(underBilled.getByRole('button', { name: 'Dismiss' }).isDisabled()).resolves.toBe(
      true,
    )
    await page
      .getByText('You are offline: Dismissing a finding needs the network.')
      .first()
      .waitFor()
    await page.getByText('You are offline: Changing the settings needs the network.').waitFor()
    await expect(page.getByRole('button', { name: 'Save settings' }).isDisabled()).resolves.toBe(
      true,
    )

    // The customer's Billing tab, still offline: its line with the seats it bills, its findings.
    await underBilled.getByRole('link', { name: `Billed Offline ${tag}` }).click()
    await page.getByRole('heading', { name: `Billed Offline ${tag}`, level: 1 }).waitFor()
    await openTab(page, 'Billing')
    const panel = page.getByRole('tabpanel')
    const lines = panel.getByRole('table', { name: 'Billing lines' })
    await lines.getByRole('rowheader', { name: `Business Premium ${tag}` }).waitFor()
    await panel.getByRole('table', { name: 'Findings' }).getByText('Under-billed').waitFor()
    await expect(
      panel.getByRole('button', { name: 'Add a billing line' }).isDisabled(),
    ).resolves.toBe(true)
    await panel.getByText('You are offline: Changing billing lines needs the network.').waitFor()
    expect(await panel.innerText()).not.toMatch(/\/api\/|Reconciling the register/)
    expect(await visibleIds(page)).toEqual([])
    await context.setOffline(false)
    expect(errors).toEqual([])
  })
})
