import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './support/browser'

describe('the app as pnpm start serves it', () => {
  const browser = useBrowser()

  it('opens on Connections with a tile for each of the five distributors', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'))
    await page.goto('/')
    for (const label of [
      'ArrowSphere',
      'ALSO Cloud Marketplace',
      'Dicker Data',
      'Rhipe',
      'Sherweb',
    ]) {
      await page.getByRole('heading', { name: label, exact: true }).waitFor()
    }
    expect(errors).toEqual([])
  })
})
