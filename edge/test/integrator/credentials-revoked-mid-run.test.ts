import { describe, expect, it } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import {
  deliver,
  enabledConnection,
  job,
  ledgerOf,
  smallWorld,
  snapshot,
  statusOf,
  subscriptionsOf,
} from './integrator-harness'

const outbound = installOutbound()

/**
 * Serves the world; once `revoke()` was called, ArrowSphere's API key is refused from the next page
 * of the licence search on (the key was revoked in ArrowSphere's portal mid-listing), so every
 * later ArrowSphere call answers ArrowSphere's own 401. The other simulators keep answering.
 */
function serveRevokingAfterPageOne(seed: number) {
  const { handler } = testSandbox({ world: smallWorld(seed, 10, 130) })
  let revokeAfterPageOne = false
  let revoked = false
  outbound.serve(SANDBOX_ORIGIN, async (request) => {
    const url = new URL(request.url)
    const arrowsphere = url.pathname.startsWith('/arrowsphere/')
    if (arrowsphere && revoked) {
      const headers = new Headers(request.headers)
      headers.set('apiKey', 'revoked')
      return handler(new Request(request, { headers }))
    }
    const response = await handler(request)
    if (
      revokeAfterPageOne &&
      url.pathname === '/arrowsphere/licenses/v2/find' &&
      url.searchParams.get('page') === '1'
    )
      revoked = true
    return response
  })
  return { revokeMidListing: () => void (revokeAfterPageOne = true) }
}

describe('a connection whose credentials go bad mid-listing in a cron night with several connections', () => {
  // Checked to fail: with refused credentials given a retry in classify-failure.ts, the message is
  // retried instead of acked; with a failed later page read as the end of the listing
  // (read-all-pages.ts catching it), no last error is set.
  it('sets the last error on that one, completes the others and deactivates nothing', async () => {
    const sandbox = serveRevokingAfterPageOne(621)
    const arrow = await enabledConnection('arrowsphere')
    const rhipe = await enabledConnection('rhipe')
    const sherweb = await enabledConnection('sherweb')
    const ids = [arrow, rhipe, sherweb]
    const night = (day: string) =>
      deliver(ids.map((id) => ({ id: `${day}-${id}`, body: job(id, day) })))

    const first = await night('2026-11-21')
    expect(first.explicitAcks.sort()).toEqual(ids.map((id) => `2026-11-21-${id}`).sort())
    const before = await snapshot()
    const ledgerBefore = new Map(
      await Promise.all(ids.map(async (id) => [id, (await ledgerOf(id)).length] as const)),
    )
    expect(subscriptionsOf(before, arrow).length).toBeGreaterThan(100)

    sandbox.revokeMidListing()
    const second = await night('2026-11-22')

    // Refused credentials are not retried: the same key would be refused again.
    expect(second.retryMessages).toEqual([])
    expect(second.explicitAcks.sort()).toEqual(ids.map((id) => `2026-11-22-${id}`).sort())
    expect((await statusOf(arrow)).lastError).toMatch(
      /^Nothing was changed\. ArrowSphere rejected the credentials \(401\) on POST \/licenses\/v2\/find \(page 2\)/,
    )
    const failed = (await ledgerOf(arrow))[0]
    expect(failed).toMatchObject({ outcome: 'failed', operations: 0 })
    // The failed run says how far it got: the first page and the refused second one, at least.
    expect(failed?.requests).toBeGreaterThanOrEqual(2)
    // The connections after it in the batch ran their night: a new run each, no error.
    for (const id of [rhipe, sherweb]) {
      expect((await statusOf(id)).lastError).toBeUndefined()
      const ledger = await ledgerOf(id)
      expect(ledger.length).toBe(ledgerBefore.get(id)! + 1)
      expect(ledger[0].outcome).not.toBe('failed')
    }
    // Page 1 was read before the key went bad: nothing of the listing counts, nothing is removed.
    const after = await snapshot()
    expect(subscriptionsOf(after, arrow)).toEqual(subscriptionsOf(before, arrow))
    expect(after.version).toBe(before.version)
  })
})
