import { describe, expect, inject, it } from 'vitest'
import { apiClient } from './support/api-client'
import { openPage, useBrowser } from './support/browser'
import { SLOW, importWithPriceAndCost, screenshot } from './support/seed-flow-steps'

// Issue 19: the sandbox world plants renewals within 90 days, open cancellation windows and trials
// converting within 30 days around the day it starts. ArrowSphere reports terms, auto-renew and
// trials; its subscriptions are imported with price and cost so each renewal has its money.
describe('Renewals', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('lists the renewals and trials of the next 90 days with money and act-by days, narrows them by a filter, and shows them on the customer page and Home', async () => {
    const { page, errors } = await openPage(browser(), baseUrl)
    page.setDefaultTimeout(30_000)
    await page.goto('/')

    await importWithPriceAndCost(page, api, 'ArrowSphere', 'Renewal customers')

    // The Renewals page, from the main menu.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Renewals' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Renewals' }).waitFor()
    const table = page.getByRole('table', { name: 'Renewals' })
    await table.waitFor({ timeout: SLOW })
    await page.getByRole('img', { name: /^The next 90 days: \d+ renewals/ }).waitFor()

    const arrowRows = table.getByRole('row').filter({ hasText: 'ArrowSphere' })
    expect(await arrowRows.count()).toBeGreaterThan(1)
    // A renewal with its term in words, its money and a day to act by within the quarter.
    // (Other files may have imported ArrowSphere without cost: a row with money is this file's.)
    const renewal = arrowRows
      .filter({ hasText: 'renews automatically' })
      .filter({ hasText: /A\$\d/ })
      .first()
    const cells = await renewal.getByRole('cell').allInnerTexts()
    const actBy = new Date(`${cells[0]} UTC`)
    expect(Number.isNaN(actBy.getTime())).toBe(false)
    expect(actBy.getTime() - Date.now()).toBeLessThan(91 * 86_400_000)
    expect(cells.at(-1)).toMatch(/\d\.\d\d/)
    // A trial, marked as one, with the day it becomes paid.
    const trial = arrowRows.filter({ hasText: 'Trial — converts to paid on' }).first()
    await trial.waitFor()
    await screenshot(page, 'renewals')

    // The Term filter narrows the list to the trials.
    const status = page.getByRole('status').filter({ hasText: / renewals$/ })
    const before = await status.innerText()
    await page.getByLabel('Term').selectOption({ label: 'Trials' })
    await expect.poll(() => status.innerText()).not.toBe(before)
    const termCells = await table.locator('tbody tr td:nth-child(5)').allInnerTexts()
    expect(termCells.length).toBeGreaterThan(0)
    expect(termCells.every((text) => text.startsWith('Trial — '))).toBe(true)

    // The trial's customer page lists its entries on a Renewals tab, and tags the trial.
    await table.locator('tbody tr').first().getByRole('link').click()
    await page.getByRole('tab', { name: 'Renewals' }).click()
    const own = page.getByRole('table', { name: 'Renewals' })
    await own.getByRole('row').filter({ hasText: 'Trial — converts to paid on' }).first().waitFor()
    await page.getByRole('tab', { name: 'Subscriptions' }).click()
    await page
      .getByRole('table', { name: 'Subscriptions' })
      .getByText('Trial', { exact: true })
      .first()
      .waitFor()

    // Home: the decisions due within 30 days, with money and a way to Renewals.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
    const decide = page.getByRole('region', { name: 'Decide this month' })
    await decide.getByRole('listitem').first().waitFor({ timeout: SLOW })
    expect(await decide.innerText()).toMatch(/\d+ decisions? worth .*\d\.\d\d/)
    await decide.getByRole('link', { name: 'Open Renewals' }).click()
    await page.getByRole('heading', { level: 1, name: 'Renewals' }).waitFor()

    // When to warn: a word that is not a number of days is named; good lead times are saved.
    const days = page.getByLabel('Days before a renewal or trial conversion')
    const hours = page.getByLabel('Hours before a cancellation window shuts')
    await expect.poll(() => days.inputValue()).toBe('30, 7')
    await days.fill('30, soon')
    await hours.fill('200')
    await page.getByRole('button', { name: 'Save lead times' }).click()
    await page.getByText('"soon" is not a number of days').waitFor()
    await days.fill('14')
    await page.getByRole('button', { name: 'Save lead times' }).click()
    await page
      .getByText(
        'The window warning must be at most 168 hours: the cancellation window lasts 7 days.',
      )
      .waitFor()
    await hours.fill('24')
    await page.getByRole('button', { name: 'Save lead times' }).click()
    await page.getByRole('status').filter({ hasText: 'Lead times saved.' }).waitFor()
    const saved = await api.get<{ renewals: { leadDays: number[]; windowWarnHours: number } }>(
      '/api/billing/settings',
    )
    expect(saved.renewals).toEqual({ leadDays: [14], windowWarnHours: 24 })
    // Back to the defaults, for the files that run after this one.
    await days.fill('30, 7')
    await hours.fill('48')
    await page.getByRole('button', { name: 'Save lead times' }).click()
    await expect
      .poll(async () => (await api.get<typeof saved>('/api/billing/settings')).renewals)
      .toEqual({ leadDays: [30, 7], windowWarnHours: 48 })

    expect(errors).toEqual([])
  })
})
