import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './support/browser'

type Received = { received: { body: { title: string; text: string } }[] }

describe('the daily digest', () => {
  const baseUrl = inject('baseUrl')
  const sink = `${inject('sandboxOrigin')}/_digest`
  const browser = useBrowser()

  it("sends a test message to the sandbox's sink from the Daily digest screen", async () => {
    const before = ((await (await fetch(sink)).json()) as Received).received.length
    const { page, errors } = await openPage(browser(), baseUrl)
    await page.goto('/home')
    await page.getByRole('link', { name: 'Daily digest' }).click()
    await page.getByRole('heading', { name: 'Daily digest', level: 1 }).waitFor()
    // Tonight's digest is previewed before anything is set.
    await page.getByText(/^Seatkeeper digest for \d{1,2} \w+ \d{4}: /).waitFor()

    await page.getByLabel('Webhook URL').fill(sink)
    await page.getByRole('button', { name: 'Save webhook' }).click()
    await page
      .getByText(`Digests are posted to the sandbox's sink (${new URL(sink).host}).`)
      .waitFor()
    // The URL is a secret: saved, the field is empty again and the page shows only the host.
    await expect(page.getByLabel('Webhook URL').inputValue()).resolves.toBe('')

    await page.getByRole('button', { name: 'Send a test message' }).click()
    await page
      .getByText('Sent. The sandbox sink accepted the digest (200).')
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        // Say what the screen said instead (an alert, or the outcome in other words).
        const said = await page.getByRole('main').innerText()
        throw new Error(`The test message was not sent: ${said.slice(0, 1500)} (${error})`)
      })
    // The register recorded the attempt; the screen says when and where it went.
    await page
      .getByText(/^Last digest sent .+ to the sandbox's sink \(a test message\)\.$/)
      .waitFor()
    await page
      .getByText(/\. Test message sent to the sandbox's sink$/)
      .first()
      .waitFor()
    const { received } = (await (await fetch(sink)).json()) as Received
    expect(received.length).toBe(before + 1)
    expect(received.at(-1)!.body.title).toMatch(
      /^Test message from Seatkeeper\. Seatkeeper digest for /,
    )
    expect(errors).toEqual([])
  })

  it('refuses a real Slack webhook in local mode and says why', async () => {
    const { page, errors } = await openPage(browser(), baseUrl)
    await page.goto('/settings/digest')
    await page.getByLabel('Webhook URL').fill('https://hooks.slack.com/services/T0/B0/x')
    await page.getByRole('button', { name: 'Save webhook' }).click()
    await page
      .getByRole('alert')
      .getByText(/^In local mode digests go only to the sandbox's sink/)
      .waitFor()
    expect(errors).toEqual([])
  })
})
