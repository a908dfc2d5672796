/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, useBrowser } from './support/browser'

describe('Storage cleared while offline', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  /** Opens Customers online, controlled by the service worker, with the register kept. */
  async function openWithOfflineCopy(page: Page, name: string) {
    await page.goto('/')
    await page.waitForFunction(
      async () =>
        (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null,
    )
    await page.getByRole('link', { name: 'Customers' }).click()
    await page.getByLabel('Search customers').fill(name)
    await page.getByRole('link', { name }).waitFor()
  }

  /** What the browser does when a person clears site data or evicts it: gone while the tab is open. */
  async function clearStorage(page: Page, storageTypes: string) {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: baseUrl, storageTypes })
  }

  it('says there is no offline copy and to reconnect, on a page and on reload, and recovers online', async () => {
    const name = `Cleared Co ${uniqueTag()}`
    await api.createCustomer({ name })
    const { page, errors } = await openPage(browser(), baseUrl)
    await openWithOfflineCopy(page, name)

    await page.context().setOffline(true)
    await clearStorage(page, 'indexeddb,cache_storage')
    await page.getByRole('link', { name: 'Runs' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' })
    await expect(alert.innerText()).resolves.toMatch(
      /You are offline and this browser keeps no copy of the runs .*storage was cleared.*Reconnect to the network/s,
    )

    // The precached shell went with the storage: the worker says so instead of the browser's error.
    await page.reload()
    await page.getByRole('heading', { name: 'Seatkeeper is not kept in this browser' }).waitFor()
    await expect(page.locator('body').innerText()).resolves.toMatch(
      /Reconnect to the network, then reload this page/,
    )

    await page.context().setOffline(false)
    await page.getByRole('button', { name: 'Reload' }).click()
    await page.getByRole('link', { name: 'Customers' }).click()
    await page.getByLabel('Search customers').fill(name)
    await page.getByRole('link', { name }).waitFor()
    expect(errors).toEqual([])
  })

  it('opens offline without the kept register and says so, instead of a blank page', async () => {
    const name = `Evicted Co ${uniqueTag()}`
    await api.createCustomer({ name })
    const { page, errors } = await openPage(browser(), baseUrl)
    await openWithOfflineCopy(page, name)

    await page.context().setOffline(true)
    await clearStorage(page, 'indexeddb')
    await page.reload()
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor()
    const alert = page.getByRole('alert').filter({ hasText: 'The register could not be loaded' })
    await expect(alert.innerText()).resolves.toMatch(
      /this browser keeps no copy of the register .*Reconnect to the network/s,
    )
    await expect(page.getByRole('link', { name }).count()).resolves.toBe(0)
    expect(errors).toEqual([])
  })
})
