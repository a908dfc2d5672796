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
})
