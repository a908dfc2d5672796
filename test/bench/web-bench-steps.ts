import type { Page } from 'playwright-core'

// The seed steps of test/e2e/support/seed-flow-steps.ts, without vitest's expect (this runs in
// plain Node): a distributor connection in the Sandbox environment, and a top level for imports.
export async function until(what: string, check: () => Promise<boolean>, timeout = 60_000) {
  const deadline = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export async function connectSandbox(page: Page, label: string): Promise<void> {
  await page.goto('/connections')
  const tile = page.getByRole('region', { name: label, exact: true })
  await tile.getByRole('button', { name: 'New' }).click()
  const dialog = page.getByRole('dialog', { name: `New ${label} connection` })
  await dialog
    .getByRole('combobox')
    .filter({ has: page.getByRole('option', { name: /Sandbox/ }) })
    .first()
    .selectOption({ label: 'Sandbox (local simulator)' })
  await dialog.getByRole('button', { name: 'Use sandbox credentials' }).click()
  const name = dialog.getByRole('textbox', { name: 'Name', exact: true })
  await until('the sandbox credentials', async () => (await name.inputValue()) !== '')
  await dialog.getByRole('button', { name: 'Save connection' }).click()
  await page.getByRole('heading', { level: 1, name: `${label} sandbox` }).waitFor()
}

export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true })
  await tab.click()
  await until(`the ${name} tab`, async () => (await tab.getAttribute('aria-selected')) === 'true')
}

export async function newTopLevel(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New top level' }).click()
  await page.getByRole('textbox', { name: 'Top level name' }).fill(name)
  await page.getByRole('button', { name: 'Create top level' }).click()
  await page.getByRole('group', { name: 'Import options' }).getByText('Saved.').waitFor()
}
