import { sandboxCatalogue } from '@seatkeeper/sandbox'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, useBrowser } from './support/browser'
import { openTab, screenshot, SLOW } from './support/seed-flow-steps'

describe('Sync now', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('shows a running sync with its progress, picks it up again after a reload, then shows the outcome', async () => {
    // The Sherweb simulator paces its calls like Sherweb, so its sync runs for seconds: long
    // enough to reload the page while it runs.
    const sherweb = sandboxCatalogue.find((entry) => entry.id === 'sherweb')!
    const { id } = await api.post<{ id: string }>('/api/connections', {
      distributor: 'sherweb',
      name: `Sherweb sync now ${uniqueTag()}`,
      ...sherweb.credentials,
    })
    const { page, errors } = await openPage(browser(), baseUrl)
    await page.goto(`/connections/${encodeURIComponent(id)}`)
    await openTab(page, 'Integrator')
    const panel = page.getByRole('tabpanel')
    const syncNow = page.getByRole('button', { name: 'Sync now' })
    await syncNow.click()
    await panel.getByText('Syncing…').waitFor()
    // Sherweb is read a customer at a time: once its customers are listed, the customers read of
    // all, then the rate and the time left.
    const progress = /^Reading subscriptions: \d[\d,]* of \d[\d,]* customers/
    await panel.getByText(progress).waitFor({ timeout: SLOW })
    await panel
      .getByText(/a minute, about .* left\. It goes on if you close this page\.$/)
      .waitFor({
        timeout: SLOW,
      })
    await expect(syncNow.isDisabled()).resolves.toBe(true)
    await screenshot(page, 'sync-now-progress')

    await page.reload()
    await openTab(page, 'Integrator')
    await panel.getByText('Syncing…').waitFor()
    await panel.getByText(progress).waitFor()
    await expect(syncNow.isDisabled()).resolves.toBe(true)
    await panel.getByText(/^Sync finished/).waitFor({ timeout: SLOW })
    await expect(syncNow.isDisabled()).resolves.toBe(false)
    const latest = await api.get<{ latest: { state: string } }>(
      `/api/connections/${encodeURIComponent(id)}/sync`,
    )
    expect(latest.latest.state).toBe('finished')
    expect(errors).toEqual([])
  })
})
