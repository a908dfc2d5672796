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

/**
 * The sandbox world's billing lines into the register as README shows it: the margin floor and
 * auto-accept threshold set (so the import links each line to the subscription it bills), then
 * the sandbox's /billing-lines.csv through POST /api/billing/lines/import, in files of
 * `rowsPerFile` rows (the import takes 5,000,000 characters a file; 100,000 lines are ~9 MB).
 * Returns what was imported, in words.
 */
export async function importBillingLines(
  baseUrl: string,
  sandboxPort: number,
  rowsPerFile = 20_000,
): Promise<string> {
  const headers = { 'content-type': 'application/json', origin: baseUrl }
  const call = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: JSON.stringify(body),
    })
    const answer = (await response.json()) as { error?: { message: string } }
    if (!response.ok) throw new Error(`${method} ${path}: ${answer.error?.message}`)
    return answer
  }
  await call('PUT', '/api/billing/settings', { marginFloor: 0.15, autoAcceptThreshold: 0.9 })
  const csv = await (await fetch(`http://127.0.0.1:${sandboxPort}/billing-lines.csv`)).text()
  // The world's cells hold no line breaks, so its rows are its lines.
  const [header, ...rows] = csv.trimEnd().split('\r\n')
  let imported = 0
  for (let start = 0; start < rows.length; start += rowsPerFile) {
    const file = [header, ...rows.slice(start, start + rowsPerFile)].join('\r\n') + '\r\n'
    const answer = (await call('POST', '/api/billing/lines/import', { csv: file })) as {
      imported: number
      errors: Array<{ line: number; message: string }>
    }
    if (answer.errors.length > 0)
      throw new Error(
        `the import refused the file: line ${answer.errors[0]?.line}: ${answer.errors[0]?.message}`,
      )
    imported += answer.imported
  }
  const files = Math.ceil(rows.length / rowsPerFile)
  return `${imported.toLocaleString('en')} lines in ${files} file${files === 1 ? '' : 's'}`
}
