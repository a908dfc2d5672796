import { isCounted, type Register, type Subscription } from '@seatkeeper/core'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, useBrowser } from './support/browser'
import {
  chooseTopLevel,
  createSandboxConnection,
  escape,
  generateMappings,
  openTab,
  previewAndStart,
  screenshot,
  SLOW,
} from './support/seed-flow-steps'

/**
 * A customer with two counted subscriptions on no line, of different products, each the only one
 * of its name at connections of its name, so the buttons naming it are one each (other test files may have
 * billed, linked or marked the rest of the shared register, and the customer may hold the same
 * product from several distributors).
 */
function pickCustomer(
  register: Register,
  connectionLabels: Map<string, string>,
): {
  customerId: string
  a: Subscription
  b: Subscription
} {
  for (const customer of register.customers) {
    const subs = register.subscriptions.filter((s) => s.customerId === customer.id)
    // The only one of its name at a connection of its label: two test files' connections may
    // share a name ("Rhipe sandbox"), and their buttons then read the same.
    const label = (s: Subscription) => connectionLabels.get(s.connectionId)
    const alone = (x: Subscription) =>
      subs.filter((s) => s.name === x.name && label(s) === label(x)).length === 1
    const free = subs.filter(
      (s) =>
        connectionLabels.has(s.connectionId) &&
        isCounted(s) &&
        s.quantity > 1 &&
        s.billingLineId === undefined &&
        alone(s),
    )
    const [a, b] = free
    if (a && b && a.name !== b.name) return { customerId: customer.id, a, b }
  }
  throw new Error('The sandbox world has no customer with two unbilled subscriptions.')
}

describe('Customer Billing tab', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('adds a line, links a subscription, edits, marks one not billable, and undoes the edit from the run', async () => {
    const { page, errors } = await openPage(browser(), baseUrl)
    page.setDefaultTimeout(30_000)
    await page.goto('/')

    // A sandbox distributor, its customers and their subscriptions in the register.
    // Rhipe: no other test file bills its subscriptions.
    await createSandboxConnection(page, 'Rhipe')
    await generateMappings(page)
    await chooseTopLevel(page, 'Billed customers')
    await page.getByRole('button', { name: 'Import Customers' }).click()
    await previewAndStart(page, 'Import Customers')
    await page.getByRole('button', { name: 'Back' }).click()
    await openTab(page, 'Subscriptions Imports')
    await page.getByRole('radio', { name: 'All mapped customers' }).check()
    await page.getByRole('button', { name: 'Import Subscriptions' }).click()
    await previewAndStart(page, 'Import Subscriptions')

    // Of a connection still there (other files remove theirs), as its buttons name it.
    const { connections } = await api.get<{
      connections: Array<{ id: string; name: string; distributorLabel: string }>
    }>('/api/connections')
    const { customerId, a, b } = pickCustomer(
      await api.register(),
      new Map(connections.map((c) => [c.id, `${c.name} (${c.distributorLabel})`])),
    )
    // A description of its own, so the line is told apart from any other of the customer.
    const description = `${a.name} ${uniqueTag()}`
    const linesBefore = new Set((await api.register()).billingLines.map((l) => l.id))
    await page.goto(`/customers/${encodeURIComponent(customerId)}`)
    await page.getByRole('tab', { name: 'Billing' }).click()
    const findings = page.getByRole('table', { name: 'Findings' })
    const kinds = () => findings.getByRole('row').allInnerTexts()
    // Nothing is billed yet: each subscription is a "Not billed" finding.
    await expect
      .poll(async () => (await kinds()).filter((row) => row.includes('\tNot billed\t')).length, {
        timeout: SLOW,
      })
      .toBeGreaterThanOrEqual(2)

    // Add a line one seat short of A, with a wrong price first: the field says what is wrong.
    await page.getByRole('button', { name: 'Add a billing line' }).click()
    const dialog = page.getByRole('dialog', { name: 'New billing line' })
    await dialog.getByLabel('Description (required)').fill(description)
    await dialog.getByLabel('Item code').fill(a.sku ?? '')
    await dialog.getByLabel('Quantity billed (required)').fill(String(a.quantity - 1))
    await dialog.getByLabel('Unit price (required)').fill('$99')
    await dialog.getByLabel('Currency (required)').fill(a.currency ?? 'AUD')
    await dialog.getByRole('button', { name: 'Add line' }).click()
    await dialog.getByText(/^Enter the unit price as a number such as 32\.50/).waitFor()
    await dialog.getByLabel('Unit price (required)').fill('99')
    await dialog.getByRole('button', { name: 'Add line' }).click()
    await dialog.waitFor({ state: 'detached' })
    const lines = page.getByRole('table', { name: 'Billing lines' })
    await lines.getByRole('rowheader', { name: new RegExp(`^${escape(description)}`) }).waitFor()

    // Link A by accepting its high-confidence suggestion: A is no longer "Not billed", it is
    // under-billed by one seat.
    const named = (s: Subscription) => {
      const at = connections.find((c) => c.id === s.connectionId)
      return `${s.name} (${at?.name} (${at?.distributorLabel}))`
    }
    const suggestion = page.getByRole('button', {
      name: `Accept ${description} for ${named(a)}`,
      exact: true,
    })
    await suggestion.waitFor()
    await screenshot(page, 'customer-billing', { fullPage: true })
    await suggestion.click()
    await page
      .getByRole('list', { name: `Subscriptions billed on ${description}` })
      .getByText(a.name)
      .first()
      .waitFor()
    const underBilled = `\tUnder-billed\t${a.quantity}\t${a.quantity - 1}\t`
    const isOurs = (row: string) => row.includes(underBilled) && row.includes(description)
    await expect.poll(async () => (await kinds()).some(isOurs), { timeout: SLOW }).toBe(true)

    // Edit the quantity to what the distributor says: the under-billed finding goes.
    await page.getByRole('button', { name: `Edit ${description}` }).click()
    const edit = page.getByRole('dialog', { name: `Edit ${description}` })
    await edit.getByLabel('Quantity billed (required)').fill(String(a.quantity))
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await edit.waitFor({ state: 'detached' })
    await expect
      .poll(async () => (await kinds()).some(isOurs), {
        timeout: SLOW,
      })
      .toBe(false)

    // Mark B not billable (the dialog asks why first): its "Not billed" finding goes.
    // (The table is drawn again after the edit: count once B's "Not billed" row is back.)
    const notBilled = async () =>
      (await kinds()).filter((row) => row.includes('\tNot billed\t')).length
    await expect.poll(notBilled, { timeout: SLOW }).toBeGreaterThan(0)
    const notBilledBefore = await notBilled()
    await page.getByRole('button', { name: `Mark ${named(b)} not billable`, exact: true }).click()
    const mark = page.getByRole('dialog', { name: `Mark ${b.name} not billable` })
    await mark.getByRole('button', { name: 'Mark not billable' }).click()
    await mark.getByText(/^Choose why this subscription is not billed/).waitFor()
    await mark.getByLabel('Internal use').check()
    await mark.getByRole('button', { name: 'Mark not billable' }).click()
    await page.getByText('Not billable: Internal use').waitFor()
    await expect.poll(notBilled, { timeout: SLOW }).toBe(notBilledBefore - 1)
    const marked = (await api.register()).subscriptions.find((s) => s.id === b.id)
    expect(marked?.notBillable).toEqual({ reason: 'internal-use' })

    // The run ledger: the edit (second newest, before the not-billable mark) shows the quantity
    // before and after; Undo puts it back.
    await page.goto('/runs')
    const ledger = page.getByRole('table', { name: 'Run ledger, newest first' })
    await ledger.getByRole('row').nth(2).getByRole('link').click()
    await expect
      .poll(() => page.getByRole('row', { name: /^Quantity/ }).allInnerTexts())
      .toContainEqual(`Quantity\t${a.quantity - 1}\t${a.quantity}`)
    await page.getByRole('button', { name: 'Undo' }).click()
    await page.getByRole('heading', { name: /^Undone: / }).waitFor()
    const undone = await api.register()
    const line = undone.billingLines.find((l) => !linesBefore.has(l.id))
    expect(line?.quantity).toBe(a.quantity - 1)
    expect(undone.subscriptions.find((s) => s.id === b.id)?.notBillable).toEqual({
      reason: 'internal-use',
    })

    // Back on the tab, the finding is there again.
    await page.goto(`/customers/${encodeURIComponent(customerId)}`)
    await page.getByRole('tab', { name: 'Billing' }).click()
    await expect.poll(async () => (await kinds()).some(isOurs), { timeout: SLOW }).toBe(true)
    expect(errors).toEqual([])
  })
})
