import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, openPage } from './support/browser'

describe('the app as pnpm start serves it', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('opens on Connections with a tile for each of the five distributors', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'))
    await page.goto('/')
    for (const label of ['ArrowSphere', 'ALSO Cloud Marketplace', 'Dicker Data', 'Rhipe', 'Sherweb']) {
      await page.getByRole('heading', { name: label, exact: true }).waitFor()
    }
    expect(errors).toEqual([])
  })
})
