/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { sandboxCatalogue } from '@seatkeeper/sandbox'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { axeViolations } from './support/axe'
import { launchBrowser, openPage } from './support/browser'

describe('Accessibility', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  let browser: Browser
  let page: Page
  let errors: string[]
  const tag = uniqueTag()
  let connectionId: string
  let customerId: string
  let runId: string

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser, baseUrl))
    const sherweb = sandboxCatalogue.find((entry) => entry.id === 'sherweb')!
    connectionId = (
      await api.post<{ id: string }>('/api/connections', {
        distributor: 'sherweb',
        name: `Sherweb a11y ${tag}`,
        config: sherweb.credentials.config,
        secrets: sherweb.credentials.secrets,
      })
    ).id
    const imported = await api.importCsv(
      `name,top level,city,country,domain\nA11y Pty ${tag},A11y Group ${tag},Adelaide,AU,a11y-${tag}.example\n`,
    )
    runId = imported.runId!
    customerId = (await api.register()).customers.find((c) => c.name === `A11y Pty ${tag}`)!.id
  })
  afterAll(async () => {
    await browser?.close()
  })

  const pages = [
    {
      name: 'Home',
      path: () => '/',
      ready: (p: Page) => p.getByRole('rowheader', { name: `Sherweb a11y ${tag} (Sherweb)` }),
    },
    {
      name: 'Connections',
      path: () => '/connections',
      ready: (p: Page) => p.getByRole('heading', { name: 'Sherweb', exact: true }).first(),
    },
    {
      name: 'a connection',
      path: () => `/connections/${connectionId}`,
      ready: (p: Page) => p.getByRole('heading', { level: 1, name: `Sherweb a11y ${tag}` }),
    },
    {
      name: 'Customers',
      path: () => '/customers',
      ready: (p: Page) => p.getByRole('link', { name: `A11y Pty ${tag}` }),
    },
    {
      name: 'a customer',
      path: () => `/customers/${customerId}`,
      ready: (p: Page) => p.getByRole('heading', { level: 1, name: `A11y Pty ${tag}` }),
    },
    {
      name: 'Reconciliation',
      path: () => '/reconciliation',
      // The register here has no billing lines: the page says there is nothing to reconcile.
      ready: (p: Page) =>
        p
          .getByRole('heading', { name: 'Nothing to reconcile' })
          .or(p.getByRole('region', { name: 'Totals' })),
    },
    {
      name: 'Runs',
      path: () => '/runs',
      ready: (p: Page) => p.getByRole('table', { name: 'Run ledger, newest first' }),
    },
    {
      name: 'Daily digest',
      path: () => '/settings/digest',
      ready: (p: Page) => p.getByText(/^Seatkeeper digest for /),
    },
    {
      name: 'a run',
      path: () => `/runs/${runId}`,
      ready: (p: Page) => p.getByRole('heading', { level: 1, name: /^CSV import · / }),
    },
  ]

  for (const target of pages) {
    it(`finds no axe violations on ${target.name}`, async () => {
      await page.goto(target.path())
      await target.ready(page).waitFor()
      await page.waitForLoadState('networkidle')
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
    })
  }

  it('finds no axe violations in the customer and CSV import dialogs', async () => {
    await page.goto('/customers')
    await page.getByRole('button', { name: 'New customer' }).click()
    await page.getByRole('dialog', { name: 'New customer' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Import customers (CSV)' }).click()
    await page.getByRole('dialog', { name: 'Import customers from CSV' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Import billing lines (CSV)' }).click()
    await page.getByRole('dialog', { name: 'Import billing lines from CSV' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('creates a customer with the keyboard alone, and Escape closes the dialog back to its button', async () => {
    await page.goto('/customers')
    await page.getByRole('link', { name: `A11y Pty ${tag}` }).waitFor()
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    for (let presses = 0; (await focusedName()) !== 'New customer'; presses++) {
      if (presses > 15) throw new Error('"New customer" was not reached with Tab')
      await page.keyboard.press('Tab')
    }

    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'New customer' })
    await dialog.waitFor()
    await page.keyboard.type(`Keyboard Ltd ${tag}`)
    await page.keyboard.press('Enter')
    await page
      .getByRole('status')
      .filter({ hasText: `Saved “Keyboard Ltd ${tag}”.` })
      .waitFor()
    await expect(dialog.isVisible()).resolves.toBe(false)
    expect(
      (await api.register()).customers.filter((c) => c.name === `Keyboard Ltd ${tag}`),
    ).toHaveLength(1)
    await expect(focusedName()).resolves.toBe('New customer')

    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await expect(focusedName()).resolves.toBe('New customer')

    // The list itself: Tab reaches the first customer link, arrows move between rows.
    await page.getByLabel('Search customers').fill(tag)
    await page.getByLabel('Search customers').press('Tab')
    await page.keyboard.press('Tab')
    await expect(focusedName()).resolves.toBe(`A11y Pty ${tag}`)
    await page.keyboard.press('ArrowDown')
    await expect(focusedName()).resolves.toBe(`Keyboard Ltd ${tag}`)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: `Keyboard Ltd ${tag}` }).waitFor()
    expect(errors).toEqual([])
  })
})
