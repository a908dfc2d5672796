import { sandboxCatalogue } from '@seatkeeper/sandbox'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, useBrowser } from './support/browser'
import { openTab, screenshot, SLOW } from './support/seed-flow-steps'

type Latest = { latest: { id: string; state: string; customers?: number } | null }

describe('an import that lists at the edge', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('shows the listing’s progress, goes on while the page is closed, and the same listing becomes the preview', async () => {
    // Sherweb is read one customer at a time, and its simulator paces calls like Sherweb: the
    // listing runs for seconds, at the edge.
    const sherweb = sandboxCatalogue.find((entry) => entry.id === 'sherweb')!
    const { id } = await api.post<{ id: string }>('/api/connections', {
      distributor: 'sherweb',
      name: `Sherweb edge import ${uniqueTag()}`,
      ...sherweb.credentials,
    })
    const listing = () =>
      api.get<Latest>(`/api/connections/${encodeURIComponent(id)}/import-listings/subscriptions`)
    const { page, errors } = await openPage(browser(), baseUrl)
    await page.goto(`/connections/${encodeURIComponent(id)}`)
    await openTab(page, 'Subscriptions Imports')
    await page.getByRole('button', { name: 'Import Subscriptions' }).click()
    const screen = page.getByRole('region', { name: 'Import Subscriptions', exact: true })
    await screen.getByText(/you may close this page and come back to it/).waitFor({ timeout: SLOW })
    const progress = screen.getByRole('status').filter({
      hasText:
        /Reading subscriptions: \d[\d,]* of \d[\d,]* customers, [\d,]+ a minute, about .* left\. It goes on if you close this page\./,
    })
    await progress.waitFor({ timeout: SLOW })
    await screenshot(page, 'edge-import-progress')
    const started = (await listing()).latest
    expect(started?.state).toBe('running')

    // The tab closes: nothing in the browser follows the listing any more.
    await page.close()
    const again = await openPage(browser(), baseUrl)
    await again.page.goto(`/connections/${encodeURIComponent(id)}`)
    await openTab(again.page, 'Subscriptions Imports')
    await again.page.getByRole('button', { name: 'Import Subscriptions' }).click()
    const reopened = again.page.getByRole('region', { name: 'Import Subscriptions', exact: true })
    await reopened
      .getByText(/^Seatkeeper listed Sherweb at the edge, finished/)
      .waitFor({ timeout: SLOW })
    // The one listing, started before the tab closed, is the one planned from.
    const ended = (await listing()).latest
    expect(ended).toMatchObject({ id: started!.id, state: 'ready' })
    expect(ended!.customers).toBeGreaterThan(0)
    expect(errors).toEqual([])
    expect(again.errors).toEqual([])
  })
})
