/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { describe, expect, inject, it } from 'vitest'
import { apiClient, uniqueTag } from './support/api-client'
import { openPage, useBrowser } from './support/browser'

describe('An expired sign-in', () => {
  const baseUrl = inject('baseUrl')
  const api = apiClient(baseUrl)
  const browser = useBrowser()

  it('says "sign in again", keeps the outbox and a dialog’s typed values, and sends them once signed in', async () => {
    const tag = uniqueTag()
    const { page, errors } = await openPage(browser(), baseUrl)
    const context = page.context()
    await page.goto('/customers')
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor()

    // An edit made offline, waiting in the outbox.
    await context.setOffline(true)
    await page.getByRole('button', { name: 'New customer' }).click()
    let dialog = page.getByRole('dialog', { name: 'New customer' })
    await dialog.getByLabel('Name (required)').fill(`Queued ${tag}`)
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    const outbox = page.getByRole('region', { name: /^Changes made offline/ })
    await outbox.getByText(`Create customer “Queued ${tag}” — Waiting to send`).waitFor()

    // Access's session runs out: from now on the edge answers every API call 401.
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 401,
        json: { error: { message: 'The Access token has expired.' } },
      }),
    )
    await context.setOffline(false)
    const banner = page.getByRole('alert').filter({ hasText: 'Your sign-in has expired' })
    await banner.getByText('Your sign-in has expired — sign in again.').waitFor()
    const signIn = banner.getByRole('link', { name: 'Sign in again (new tab)' })
    await expect(signIn.getAttribute('target')).resolves.toBe('_blank')
    expect(new URL((await signIn.getAttribute('href'))!).origin).toBe(baseUrl)
    await banner.getByRole('button', { name: 'Reload and sign in' }).waitFor()
    // The refused flush left the edit waiting, not failed.
    await outbox.getByText(`Create customer “Queued ${tag}” — Waiting to send`).waitFor()

    await page.getByRole('button', { name: 'New customer' }).click()
    dialog = page.getByRole('dialog', { name: 'New customer' })
    await dialog.getByLabel('Name (required)').fill(`Typed ${tag}`)
    await dialog.getByLabel('Domain').fill(`typed-${tag}.example`)
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    const refusal = dialog.getByRole('alert')
    await refusal.getByText(/Your sign-in has expired — sign in again/).waitFor()
    // The banner is behind the modal dialog: the dialog offers the sign-in itself.
    await expect(
      refusal.getByRole('link', { name: 'Sign in again (new tab)' }).getAttribute('target'),
    ).resolves.toBe('_blank')
    await expect(dialog.getByLabel('Name (required)').inputValue()).resolves.toBe(`Typed ${tag}`)
    await expect(dialog.getByLabel('Domain').inputValue()).resolves.toBe(`typed-${tag}.example`)
    expect((await api.register()).customers.filter((c) => c.name.endsWith(tag))).toEqual([])

    // Signed in again in the other tab: the typed values are sent as they are, and the first
    // answered call sends what the outbox kept.
    await page.unroute('**/api/**')
    await dialog.getByRole('button', { name: 'Create customer' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Saved “Typed ${tag}”.` })
      .waitFor()
    await outbox.waitFor({ state: 'detached' })
    await expect(banner.count()).resolves.toBe(0)
    const names = (await api.register()).customers
      .filter((c) => c.name.endsWith(tag))
      .map((c) => c.name)
      .sort()
    expect(names).toEqual([`Queued ${tag}`, `Typed ${tag}`])
    expect(errors).toEqual([])
  })
})
