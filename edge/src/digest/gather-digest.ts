import { composeDigest, todayUtc, type Digest, type RunView } from '@seatkeeper/core'
import { registerStub } from '../register/register-stub'
import type { RegisterRpc } from '../register/register-rpc'
import { listConnections } from '../vault'
import { renewalsForDigest } from './renewals-for-digest'

/** The digest covers the integrator's runs that started in the 24 hours before it is composed. */
export const DIGEST_WINDOW_MS = 24 * 3_600_000
const PAGE = 200

/** The digest as of `now`: the night's cron runs, the stored totals and what the register knows. */
export async function gatherDigest(env: Env, now: number): Promise<Digest> {
  const register = registerStub(env)
  const day = todayUtc(now)
  const [connections, statuses, totals, runs, renewals] = await Promise.all([
    listConnections(env),
    register.connectionStatuses(),
    register.billingTotals(),
    nightRuns(register, now - DIGEST_WINDOW_MS),
    renewalsForDigest(register, now),
  ])
  const held = Object.entries(statuses).filter(([, s]) => s.quarantined > 0)
  const heldBack = await Promise.all(
    held.map(async ([connectionId, s]) => {
      const reason = (await register.getQuarantine(connectionId))[0]?.reason
      return { connectionId, count: s.quarantined, ...(reason ? { reason } : {}) }
    }),
  )
  const known = new Set(connections.map((c) => c.id))
  return composeDigest({
    day,
    connectionNames: Object.fromEntries(connections.map((c) => [c.id, c.name])),
    runs,
    // Before any run the totals are all zero; composeDigest then has no money to speak of.
    totals,
    heldBack: heldBack.filter((h) => known.has(h.connectionId)),
    credentialExpiries: Object.entries(statuses).flatMap(([connectionId, s]) =>
      s.credentialsExpireAt && known.has(connectionId)
        ? [{ connectionId, expiresAt: s.credentialsExpireAt }]
        : [],
    ),
    renewals,
  })
}

/** The cron's sync runs started since `since`, paging back through the ledger (newest first). */
async function nightRuns(register: RegisterRpc, since: number): Promise<RunView[]> {
  const out: RunView[] = []
  let before: string | undefined
  for (;;) {
    const page = await register.listRuns({ limit: PAGE, ...(before ? { before } : {}) })
    for (const run of page) {
      if (Date.parse(run.startedAt) < since) return out
      if (run.kind === 'sync' && run.trigger === 'cron') out.push(run)
    }
    if (page.length < PAGE) return out
    before = page.at(-1)!.id
  }
}
