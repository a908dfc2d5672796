import { adapters } from '@seatkeeper/distributors'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './support/browser'

describe('the app as pnpm start serves it', () => {
  const browser = useBrowser()

  // "/" is Connections until a connection exists, then Home; other files may have made one.
  it('shows on Connections a tile for every distributor Seatkeeper has an adapter for', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'))
    await page.goto('/connections')
    // Nine today: the first five and Pax8, Ingram Micro, TD SYNNEX StreamOne Ion and Crayon.
    expect(adapters.length).toBe(9)
    for (const adapter of adapters) {
      await page.getByRole('heading', { name: adapter.label, exact: true }).waitFor()
    }
    expect(errors).toEqual([])
  })
})
