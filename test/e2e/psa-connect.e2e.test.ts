import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { apiClient } from './support/api-client'
import { openPage, useBrowser } from './support/browser'
import {
  createSandboxConnection,
  generateMappings,
  openTab,
  previewAndStart,
  screenshot,
  SLOW,
  testConfiguration,
} from './support/seed-flow-steps'

/** The id of the connection whose page is open (its address is /connections/:id). */
const connectionIdOf = (page: Page) =>
  decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')

/**
 * Connections → the PSA's tile → sandbox connection → Test Configuration → Generate Mappings →
 * Billing → Import Billing Lines (preview → Start → result). Returns the connection's id and the
 * preview's counts.
 */
async function connectAndImport(
  page: Page,
  label: string,
  shots: { form?: string; preview?: string } = {},
): Promise<{ connectionId: string; counts: Record<string, number> }> {
  await createSandboxConnection(page, label, shots.form)
  const connectionId = connectionIdOf(page)
  await page.getByText(`${label} connection (billing system)`).waitFor()
  // A PSA's tabs: no subscriptions, its lines on Billing, their daily refresh on Integrator.
  expect(await page.getByRole('tab').allTextContents()).toEqual([
    'Details',
    'Customer Mappings',
    'Billing',
    'Integrator',
  ])
  await testConfiguration(page)
  const made = await generateMappings(page).catch(async (error: unknown) => {
    // Say what the tab said: a listing the PSA refused shows its words in an alert.
    const alerts = await page.getByRole('alert').allTextContents()
    throw new Error(`Generate Mappings on ${label} did not finish: ${alerts.join(' ') || error}`)
  })
  expect(made).toMatch(/Made \d+ mapping/)
  await openTab(page, 'Billing')
  // Write-back is off until a person turns it on, and the words say what it would allow.
  const writeBack = page.getByRole('checkbox', { name: `Write approved fixes back to ${label}` })
  expect(await writeBack.isChecked()).toBe(false)
  await page.getByText(`Off: ${label} is read-only.`, { exact: false }).waitFor()
  // A new connection's lines are not refreshed until a person turns the daily refresh on.
  await page.getByText('The daily refresh is off', { exact: false }).waitFor()
  await page.getByRole('button', { name: 'Import Billing Lines' }).click()
  const counts = await previewAndStart(page, 'Import Billing Lines', shots.preview)
  const screen = page.getByRole('region', { name: 'Import Billing Lines', exact: true })
  const runLink = screen.getByRole('link', { name: 'See the run with every change' })
  expect(await runLink.getAttribute('href')).toMatch(/^\/runs\/./)
  return { connectionId, counts }
}

describe('Connecting a PSA in the web', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('connects the HaloPSA sandbox through the UI, maps its companies, imports its recurring invoice lines and shows them as Halo’s on a customer', async () => {
    const { page, errors } = await openPage(browser(), baseUrl)
    page.setDefaultTimeout(30_000)
    await page.goto('/connections')
    const group = page.getByRole('region', { name: 'Billing systems (PSA)' })
    for (const psa of ['HaloPSA', 'ConnectWise PSA', 'Autotask'])
      await group.getByRole('region', { name: psa, exact: true }).waitFor()
    await group.scrollIntoViewIfNeeded()
    await screenshot(page, 'psa-connections')

    const { connectionId, counts } = await connectAndImport(page, 'HaloPSA', {
      form: 'psa-connection-form',
      preview: 'psa-billing-import',
    })
    expect(counts['to create']).toBeGreaterThan(0)
    await page.getByText('recurring invoice lines', { exact: false }).first().waitFor()

    // Integrator: the daily refresh of Halo's lines, off until turned on, and Sync now, whose
    // outcome is told in billing lines.
    await openTab(page, 'Integrator')
    const panel = page.getByRole('tabpanel')
    const daily = panel.getByRole('checkbox', {
      name: 'Refresh billing lines from HaloPSA every day',
    })
    expect(await daily.isChecked()).toBe(false)
    await panel
      .getByText('Off: the lines HaloPSA owns here change only', { exact: false })
      .waitFor()
    expect(await panel.getByText(/subscription/i).count()).toBe(0)
    const lastRefresh = panel.locator('dt:text-is("Last refresh time") + dd')
    expect(await lastRefresh.textContent()).toBe('Never refreshed')
    await daily.check()
    await panel.getByText('Saved.').waitFor()
    await panel.getByText('On: once a day', { exact: false }).waitFor()
    const settings = await api.get<{ integrator: { enabled: boolean } }>(
      `/api/connections/${encodeURIComponent(connectionId)}/settings`,
    )
    expect(settings.integrator.enabled).toBe(true)
    await panel.getByRole('button', { name: 'Sync now' }).click()
    // Another file's write-back may have changed a Halo line meanwhile: either outcome is a finish.
    const outcome = panel.locator('.sk-outcome')
    await outcome.getByText(/^Sync finished: /).waitFor({ timeout: SLOW })
    expect(await outcome.textContent()).toMatch(/\d+ billing lines imported, \d+ updated/)
    await expect.poll(() => lastRefresh.textContent()).not.toBe('Never refreshed')
    await screenshot(page, 'psa-daily-refresh')
    // Billing says the lines are now kept current.
    await openTab(page, 'Billing')
    await page
      .getByText(
        'The daily refresh is on: the imported lines are refreshed from HaloPSA every day.',
      )
      .waitFor()

    // The lines are in the register as Halo's; one of them on its customer's Billing tab.
    const register = await api.register()
    const line = register.billingLines.find(
      (l) => l.source.kind === 'psa' && l.source.connectionId === connectionId && !l.inactive,
    )
    if (!line) throw new Error('Import Billing Lines left no HaloPSA line in the register.')
    expect(
      register.billingLines.filter(
        (l) => l.source.kind === 'psa' && l.source.connectionId === connectionId,
      ).length,
    ).toBe(counts['to create'])
    await page.goto(`/customers/${encodeURIComponent(line.customerId)}`)
    await page.getByRole('tab', { name: 'Billing' }).click()
    const row = page
      .getByRole('table', { name: 'Billing lines' })
      .getByRole('row')
      .filter({ hasText: line.description })
      // Other files may have connected HaloPSA too (their lines on the same customer): this one's.
      .filter({ hasText: 'Owned by HaloPSA sandbox (HaloPSA)' })
      .first()
    await row
      .getByText('Owned by HaloPSA sandbox (HaloPSA): not edited in Seatkeeper', { exact: false })
      .waitFor({ timeout: SLOW })
    expect(await row.getByRole('button', { name: `Edit ${line.description}` }).count()).toBe(0)
    await screenshot(page, 'psa-customer-billing')
    expect(errors).toEqual([])
  })

  // Autotask has no environment choice: its form offers the sandbox's credentials (zone
  // "sandbox", a billing currency) whenever the app runs locally.
  it('connects the ConnectWise PSA and Autotask sandboxes through the UI and imports their lines', async () => {
    const { page, errors } = await openPage(browser(), baseUrl)
    page.setDefaultTimeout(30_000)
    await page.goto('/connections')
    for (const psa of ['ConnectWise PSA', 'Autotask']) {
      const { connectionId, counts } = await connectAndImport(page, psa)
      expect(counts['to create'], `${psa}'s import created no line`).toBeGreaterThan(0)
      const imported = (await api.register()).billingLines.filter(
        (l) => l.source.kind === 'psa' && l.source.connectionId === connectionId,
      )
      expect(imported.length).toBe(counts['to create'])
      await page.goto('/connections')
    }
    expect(errors).toEqual([])
  })
})
