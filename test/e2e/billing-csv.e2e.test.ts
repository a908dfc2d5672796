import { readFileSync } from 'node:fs'
import { parseCsv } from '@seatkeeper/core'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, useBrowser } from './support/browser'

const HEADER =
  'customer,description,item code,quantity,unit price,unit cost,currency,period,start,end'

describe('Billing-line CSV on the Customers page', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('refuses a file with a bad row whole, imports it once fixed, and exports the same rows again', async () => {
    const tag = uniqueTag()
    const customer = await api.createCustomer({ name: `Csv Lines ${tag}` })
    const { page, errors } = await openPage(browser(), baseUrl)
    page.setDefaultTimeout(30_000)

    // The customer's empty Billing tab points to the import, which the link opens.
    await page.goto(`/customers/${encodeURIComponent(customer.id)}`)
    await page.getByRole('tab', { name: 'Billing' }).click()
    await page.getByRole('link', { name: 'import them from a CSV on the Customers page' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import billing lines from CSV' })
    await dialog.waitFor()
    const choose = (name: string, text: string) =>
      dialog
        .getByLabel('CSV file')
        .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true })

    // A header without a required column is refused in the browser, naming it.
    await choose(
      'no-currency.csv',
      `customer,description,quantity,unit price,period\n${customer.name},Backup,5,4,monthly`,
    )
    await importButton.click()
    await dialog
      .getByRole('alert')
      .filter({ hasText: 'The header row has no "currency" column. The columns are: customer,' })
      .waitFor()

    // Canonical cells (prices as numbers print, lower-case periods), so the export can be
    // compared with them as text.
    const rows = [
      [
        customer.name,
        `Microsoft 365 Business Premium ${tag}`,
        'M365-BP',
        '12',
        '36.5',
        '30',
        'AUD',
        'monthly',
        '2026-01-01',
        '',
      ],
      [customer.name, `Backup, per seat ${tag}`, '', '5', '4', '', 'AUD', 'annual', '', ''],
      [
        customer.name,
        `Support "gold" ${tag}`,
        'SUP-G',
        '1',
        '250',
        '',
        'AUD',
        'quarterly',
        '2026-01-01',
        '2026-12-31',
      ],
    ]
    const csvOf = (cells: string[][]) =>
      [
        HEADER,
        ...cells.map((row) =>
          row.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
        ),
      ].join('\n')
    const broken = rows.map((row) => [...row])
    broken[1]![3] = '2.5'

    await choose('lines.csv', csvOf(broken))
    await importButton.click()
    await dialog.getByText('Nothing was imported.').waitFor()
    const report = dialog.getByRole('list', { name: /^1 row was not imported/ })
    await expect(report.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      'Line 3: The quantity "2.5" is not a whole number of 0 or more.',
    ])
    const ours = async () =>
      (await api.register()).billingLines.filter((l) => l.customerId === customer.id)
    await expect(ours()).resolves.toEqual([])

    await choose('lines.csv', csvOf(rows))
    await importButton.click()
    await dialog.getByText('3 billing lines created.').waitFor()
    const runLink = dialog.getByRole('link', { name: 'View the run' })
    await expect(runLink.getAttribute('href')).resolves.toMatch(/^\/runs\/.+/)
    await expect(ours()).resolves.toHaveLength(3)
    // Pressing Import again would add the same lines twice: it waits for another file.
    await expect(importButton.isDisabled()).resolves.toBe(true)
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()
    await dialog.waitFor({ state: 'detached' })

    // The lines are on the customer's Billing tab.
    await page.goto(`/customers/${encodeURIComponent(customer.id)}`)
    await page.getByRole('tab', { name: 'Billing' }).click()
    const lines = page.getByRole('table', { name: 'Billing lines' })
    for (const row of rows) await lines.getByRole('rowheader', { name: row[1] }).waitFor()

    // The export downloads under its dated name, and the customer's rows are what was imported.
    await page.goto('/customers')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export billing lines (CSV)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^billing-lines-\d{4}-\d{2}-\d{2}\.csv$/)
    const [header, ...exported] = parseCsv(readFileSync((await download.path())!, 'utf8')).records
    expect(header?.cells.join(',')).toBe(HEADER)
    const exportedOurs = exported
      .map((record) => record.cells)
      .filter((cells) => cells[0] === customer.name)
    const byDescription = (a: string[], b: string[]) => (a[1] ?? '').localeCompare(b[1] ?? '')
    expect(exportedOurs.sort(byDescription)).toEqual([...rows].sort(byDescription))
    expect(errors).toEqual([])
  })
})
