import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { apiClient } from './api-client'
import { SCREENSHOTS_DIR } from './browser'

// Each step drives the app as a person would: by role and accessible name, never by CSS class or
// test id, so a step that breaks here is a screen that a person (or a screen reader) cannot use.

/** Long enough for a full distributor listing through wrangler dev on a busy 2-core machine. */
export const SLOW = 90_000

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** PNGs of the main screens for docs/screenshots, only when SCREENSHOTS=1 (CI leaves them be). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return
  const folder = SCREENSHOTS_DIR
  mkdirSync(folder, { recursive: true })
  // The health badge re-checks after a navigation; a shot of "Checking API…" reads as a problem.
  await page
    .getByText('API online')
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined)
  // Let fonts, focus rings and transitions settle.
  await page.waitForTimeout(300)
  // What a person sees on opening the screen: one viewport, not a 5,000-pixel scroll.
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: options.fullPage === true })
}

/** Connections → the distributor's tile → New → Sandbox → Use sandbox credentials → Save. */
export async function createSandboxConnection(
  page: Page,
  label: string,
  shot?: string,
): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Connections' })
    .click()
  // The page first, then its tile: a failure says which of the two did not come. SLOW: in CI the
  // app shares two cores with every other test project.
  await page
    .getByRole('heading', { level: 1, name: 'Connections', exact: true })
    .waitFor({ timeout: SLOW })
  const tile = page.getByRole('region', { name: label, exact: true })
  await tile.getByRole('button', { name: 'New' }).click()
  const dialog = page.getByRole('dialog', { name: `New ${label} connection` })
  await dialog.waitFor()
  const sandboxChoices = dialog
    .getByRole('combobox')
    .filter({ has: page.getByRole('option', { name: /Sandbox/ }) })
  // A connection with no environment choice (Autotask) offers the sandbox's credentials at once.
  if ((await sandboxChoices.count()) > 0)
    await sandboxChoices.first().selectOption({ label: 'Sandbox (local simulator)' })
  await dialog.getByRole('button', { name: 'Use sandbox credentials' }).click()
  await expect
    .poll(() => dialog.getByRole('textbox', { name: 'Name', exact: true }).inputValue())
    .toBe(`${label} sandbox`)
  if (shot) await screenshot(page, shot)
  await dialog.getByRole('button', { name: 'Save connection' }).click()
  await page.getByRole('heading', { level: 1, name: `${label} sandbox` }).waitFor()
}

/** Details → Test Configuration: the dialog says the connection works. */
export async function testConfiguration(page: Page): Promise<void> {
  await openTab(page, 'Details')
  await page.getByRole('button', { name: 'Test Configuration' }).click()
  const dialog = page.getByRole('dialog', { name: 'Test Configuration' })
  const status = dialog.getByRole('status')
  await expect
    .poll(async () => status.textContent(), { timeout: SLOW })
    .toMatch(/The connection works|The connection does not work/)
  expect(await status.textContent()).toContain('The connection works')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await dialog.waitFor({ state: 'detached' })
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click()
  await expect
    .poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected'))
    .toBe('true')
}

/** The status line under the mapping actions, once the button's work is done. */
async function mappingStatus(page: Page, pattern: RegExp): Promise<string> {
  const status = page.getByRole('tabpanel').getByRole('status').first()
  await expect
    .poll(async () => (await status.textContent()) ?? '', { timeout: SLOW })
    .toMatch(pattern)
  return (await status.textContent()) ?? ''
}

/** Customer Mappings → Generate Mappings; returns what the tab reports. */
export async function generateMappings(page: Page): Promise<string> {
  await openTab(page, 'Customer Mappings')
  await expect(noAlert(page)).resolves.toBe(true)
  await page.getByRole('button', { name: 'Generate Mappings' }).click()
  return mappingStatus(page, /No new mappings were made|Made \d+ mapping/)
}

/** How many mappings the table says this connection has. */
export async function mappingCount(page: Page): Promise<number> {
  const caption = await page.getByRole('table').locator('caption').textContent()
  return Number(/\((\d+)\)/.exec(caption ?? '')?.[1] ?? Number.NaN)
}

/** Import options → pick (or, the first time, create through the UI) the top level for new customers. */
export async function chooseTopLevel(page: Page, name: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Top Level for New Customers' })
  const exists = (await select.getByRole('option', { name, exact: true }).count()) > 0
  if (exists) {
    await select.selectOption({ label: name })
  } else {
    await page.getByRole('button', { name: 'New top level' }).click()
    await page.getByRole('textbox', { name: 'Top level name' }).fill(name)
    await page.getByRole('button', { name: 'Create top level' }).click()
  }
  await expect
    .poll(async () => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text))
    .toBe(name)
  await page.getByRole('group', { name: 'Import options' }).getByText('Saved.').waitFor()
}

/**
 * An import screen: waits for the preview and its counts, Start, and the result. Returns the
 * preview's counts as the screen shows them.
 */
export async function previewAndStart(
  page: Page,
  title: string,
  shot?: string,
): Promise<Record<string, number>> {
  const screen = page.getByRole('region', { name: title, exact: true })
  const summary = screen.getByRole('list', { name: 'Summary' })
  const failed = screen.getByRole('alert')
  await expect
    .poll(
      async () =>
        (await failed.count()) > 0
          ? `failed: ${await failed.first().textContent()}`
          : await summary.count(),
      {
        timeout: SLOW,
      },
    )
    .toBe(1)
  const counts: Record<string, number> = {}
  for (const item of await summary.getByRole('listitem').allTextContents()) {
    const [, n, what] = /^(\d+)\s+(.*)$/.exec(item.trim()) ?? []
    if (n && what) counts[what] = Number(n)
  }
  // A listing the distributor only partly answered is shown as a note; in the sandbox it is a bug.
  const partial = screen.getByRole('note')
  if ((await partial.count()) > 0)
    throw new Error(`${title} read only part of the listing: ${await partial.textContent()}`)
  if (process.env.E2E_VERBOSE === '1') console.log(title, counts)
  // A group longer than a page draws one page of its rows; its pager reaches the last one.
  for (const group of await screen.locator('section.sk-preview__group').all()) {
    const heading = (await group.getByRole('heading').textContent()) ?? ''
    const total = Number(/\((\d+)\)$/.exec(heading.trim())?.[1])
    expect(await group.locator('.sk-preview__rows > li').count()).toBe(Math.min(total, 100))
    if (total > 100) {
      await group.getByRole('button', { name: 'Last' }).click()
      const last = total.toLocaleString('en')
      await group.getByText(new RegExp(`^Rows [\\d,]+–${last} of ${last}$`)).waitFor()
      await group.getByRole('button', { name: 'First' }).click()
    }
  }
  if (shot) await screenshot(page, shot)
  const start = screen.getByRole('button', { name: 'Start' })
  if (await start.isEnabled()) {
    await start.click()
    await screen.getByRole('status', { name: `${title} result` }).waitFor({ timeout: SLOW })
    expect(await screen.getByRole('status', { name: `${title} result` }).textContent()).toContain(
      `${title} finished`,
    )
  } else {
    // Nothing to change: the preview says so, and Start stays off.
    await screen.getByText('Nothing to change').waitFor()
  }
  return counts
}

/** Remove the mapping in the table's row `index`; returns the distributor customer's name. */
export async function removeMapping(page: Page, index: number): Promise<string> {
  const button = page.getByRole('button', { name: /^Remove the mapping of / }).nth(index)
  const label = (await button.getAttribute('aria-label')) ?? ''
  const name = label.replace(/^Remove the mapping of /, '')
  await button.click()
  await mappingStatus(page, new RegExp(`Removed the mapping of “${escape(name)}”`))
  return name
}

/** Type into a searchable picker and choose the option that is exactly `name`. */
export async function pick(scope: Locator, label: string, name: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: label })
  await input.fill(name)
  await scope
    .getByRole('option', { name: new RegExp(`^${escape(name)}( · .*)?$`) })
    .first()
    .click()
  await scope.getByText(`Chosen: ${name}`).first().waitFor()
}

/** Add → map the distributor customer `name` to the register customer of the same name. */
export async function addManualMapping(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a mapping' })
  await dialog.getByText('Customers already mapped are not listed.').waitFor({ timeout: SLOW })
  await pick(dialog, 'Distributor customer', name)
  await pick(dialog, 'Register customer', name)
  await dialog.getByRole('button', { name: 'Add mapping' }).click()
  await mappingStatus(page, new RegExp(`Mapped “${escape(name)}”`))
  await dialog.waitFor({ state: 'detached' })
}

/**
 * Suggestions → accept the first candidate. Returns false when the panel says there are none
 * (the caller asserts another distributor had some).
 */
export async function acceptFirstSuggestion(page: Page): Promise<boolean> {
  await page.getByRole('button', { name: 'Suggestions' }).click()
  const panel = page.getByRole('region', { name: /^Suggestions \(\d+\)$/ })
  await panel.waitFor({ timeout: SLOW })
  const heading = (await panel.getByRole('heading').first().textContent()) ?? ''
  const count = Number(/\((\d+)\)/.exec(heading)?.[1])
  if (count === 0) {
    await panel.getByText(/^No suggestions: /).waitFor()
    return false
  }
  await panel
    .getByRole('button', { name: /^Accept .+ for .+$/ })
    .first()
    .click()
  await mappingStatus(page, /Accepted 1 suggestion\./)
  return true
}

async function noAlert(page: Page): Promise<boolean> {
  const alerts = page.getByRole('tabpanel').getByRole('alert')
  if ((await alerts.count()) > 0)
    throw new Error(`The tab shows an error: ${await alerts.first().textContent()}`)
  return true
}

/**
 * A sandbox distributor's customers (under a new top level) and all their subscriptions imported
 * with price and cost, so the pages that speak of money (Home, Reconciliation, Renewals) have a
 * cost to show: the setting of the connection is saved before the import reads it.
 */
export async function importWithPriceAndCost(
  page: Page,
  api: ReturnType<typeof apiClient>,
  distributor: string,
  topLevel: string,
): Promise<void> {
  await createSandboxConnection(page, distributor)
  await generateMappings(page)
  await chooseTopLevel(page, topLevel)
  await page.getByRole('button', { name: 'Import Customers' }).click()
  await previewAndStart(page, 'Import Customers')
  await page.getByRole('button', { name: 'Back' }).click()
  await openTab(page, 'Subscriptions Imports')
  await page.getByRole('radio', { name: 'All mapped customers' }).check()
  await page.getByRole('checkbox', { name: 'Set price and cost on imported subscriptions' }).check()
  const connectionId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '')
  await expect
    .poll(async () => {
      const settings = await api.get<{ subscriptionImport: { setPriceAndCost: boolean } }>(
        `/api/connections/${encodeURIComponent(connectionId)}/settings`,
      )
      return settings.subscriptionImport.setPriceAndCost
    })
    .toBe(true)
  await page.getByRole('button', { name: 'Import Subscriptions' }).click()
  await previewAndStart(page, 'Import Subscriptions')
}
