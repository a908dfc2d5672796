import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, SCREENSHOTS_DIR, useBrowser } from './support/browser'

describe('Runs', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('records a CSV import with each record before and after, and undoes it', async () => {
    const tag = uniqueTag()
    const { page, errors } = await openPage(browser(), baseUrl)
    const csv = [
      'name,top level,city,country',
      `Ledger One ${tag},Ledger Group ${tag},Hobart,AU`,
      `Ledger Two ${tag},,Perth,AU`,
    ].join('\r\n')

    await page.goto('/customers')
    await page.getByRole('button', { name: 'Import customers (CSV)' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' })
    await dialog
      .getByLabel('CSV file')
      .setInputFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await dialog.getByText('2 customers imported.').waitFor()

    await page.goto('/runs')
    const ledger = page.getByRole('table', { name: 'Run ledger, newest first' })
    const newest = ledger.getByRole('row').nth(1)
    await expect(newest.innerText()).resolves.toMatch(
      /CSV import[\s\S]*You \(this computer\)[\s\S]*2 customers created/,
    )
    if (process.env.SCREENSHOTS === '1')
      await page.screenshot({ path: join(SCREENSHOTS_DIR, 'runs.png') })

    await newest.getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: /^CSV import · / }).waitFor()
    const one = page.getByRole('region', {
      name: new RegExp(`^Customer created: Ledger One ${tag}`),
    })
    // The run's head shows first; its records come with the first page of its operations.
    await one.waitFor()
    const oneRows = await one.getByRole('row').allInnerTexts()
    expect(oneRows).toContainEqual(
      expect.stringMatching(new RegExp(`^Name\\t—\\tLedger One ${tag}$`)),
    )
    expect(oneRows).toContainEqual(expect.stringMatching(/^Main site address\t—\tHobart, AU$/))
    // The top level it was put under reads as its name, not its generated id.
    await expect
      .poll(() => one.getByRole('row').allInnerTexts())
      .toContainEqual(`Top level\t—\tLedger Group ${tag}`)
    await page
      .getByRole('region', { name: new RegExp(`^Top level created: Ledger Group ${tag}`) })
      .waitFor()
    await page
      .getByRole('region', { name: new RegExp(`^Customer created: Ledger Two ${tag}`) })
      .waitFor()
    if (process.env.SCREENSHOTS === '1')
      await page.screenshot({ path: join(SCREENSHOTS_DIR, 'run-detail.png'), fullPage: true })

    await page.getByRole('button', { name: 'Undo' }).click()
    await page.getByRole('heading', { name: /^Undone: 3 records reverted$/ }).waitFor()
    const register = await api.register()
    expect(register.customers.filter((c) => c.name.includes(tag))).toEqual([])
    expect(register.topLevels.filter((t) => t.name.includes(tag))).toEqual([])

    await page.getByRole('link', { name: 'View the undo run' }).click()
    await page.getByRole('heading', { level: 1, name: /^Undo · / }).waitFor()
    await page
      .getByRole('region', { name: new RegExp(`^Customer removed: Ledger One ${tag}`) })
      .waitFor()

    await page.goto('/runs')
    const rows = ledger.getByRole('row')
    await expect(rows.nth(1).innerText()).resolves.toMatch(/^[^\n]*\tUndo/)
    await expect(rows.nth(2).innerText()).resolves.toMatch(/CSV import[\s\S]*Undone/)

    // Run alone, the undo leaves the register empty; after other files it holds their customers.
    await page.goto('/customers')
    const search = page.getByLabel('Search customers')
    await search.or(page.getByText('The register is empty')).first().waitFor()
    if (await search.isVisible()) {
      await search.fill(tag)
      await page.getByText(/^0 of [\d,]+ customers$/).waitFor()
    }
    expect(errors).toEqual([])
  })
  it('opens a 20,000-change run a page at a time, every change reachable by page or by name', async () => {
    const tag = uniqueTag()
    // Ten thousand customers, each under its own new top level: a run of 20,000 changes.
    const csv = [
      'name,top level',
      ...Array.from({ length: 10_000 }, (_, i) => `Bulk ${tag} ${i},Bulk group ${tag} ${i}`),
    ].join('\r\n')
    const imported = await api.importCsv(csv)
    expect(imported).toMatchObject({ imported: 10_000, errors: [] })
    const runId = imported.runId as string
    try {
      const { page, errors } = await openPage(browser(), baseUrl)
      await page.goto(`/runs/${encodeURIComponent(runId)}`)
      await page.getByRole('heading', { level: 2, name: 'Changes (20000)' }).waitFor()
      const records = page.locator('section.op')
      // The counts come with the run's head; its records with the first page of its operations.
      await records.first().waitFor()
      const status = page.getByRole('status').filter({ hasText: /^Changes / })
      await expect(status.innerText()).resolves.toBe('Changes 1–25 of 20,000')
      // One page of records is on the page, not 20,000 of them.
      expect(await records.count()).toBe(25)
      expect(await page.locator('tr').count()).toBeLessThan(500)
      expect(await page.locator('*').count()).toBeLessThan(5_000)

      const pages = page.getByRole('navigation', { name: 'Pages of changes' })
      await pages.getByRole('button', { name: 'Next' }).click()
      await status.getByText('Changes 26–50 of 20,000').waitFor()
      await pages.getByRole('button', { name: 'Last' }).click()
      await status.getByText('Changes 19,976–20,000 of 20,000').waitFor()
      // The last page may not be read yet: it says so, then shows its records.
      await expect.poll(() => records.count()).toBe(25)
      await expect(records.last().getAttribute('aria-labelledby')).resolves.toBe('op-19999')
      await pages.getByLabel('Page').fill('400')
      await pages.getByLabel('Page').press('Enter')
      await status.getByText('Changes 9,976–10,000 of 20,000').waitFor()

      // Any one record, found by its name, once every page of the run is read.
      await page.getByText(/^Reading the run’s changes/).waitFor({ state: 'detached' })
      await page.getByLabel('Find a change').fill(`bulk ${tag} 4321`)
      await status.getByText('Changes 1–2 of 2 found').waitFor()
      const found = page.getByRole('region', { name: `Customer created: Bulk ${tag} 4321` })
      await expect
        .poll(() => found.getByRole('row').allInnerTexts())
        .toContainEqual(`Top level\t—\tBulk group ${tag} 4321`)
      await page
        .getByRole('region', { name: `Top level created: Bulk group ${tag} 4321` })
        .waitFor()
      await page.getByLabel('Find a change').fill(`no such ${tag}`)
      await page.getByText(`No change matches “no such ${tag}”.`).waitFor()
      expect(await records.count()).toBe(0)
      expect(errors).toEqual([])
    } finally {
      // The other files share this register: leave it as it was.
      await api.undoRun(runId)
    }
  })
})
