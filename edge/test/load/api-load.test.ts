import { emptySummary, type Customer, type Register } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app'

const CLIENTS = 10
const REQUESTS_PER_CLIENT = 20
const KINDS = [
  'register',
  'runs',
  'connections',
  'create',
  'edit',
  'plan',
  'csv',
  'replay',
] as const
type Kind = (typeof KINDS)[number]

type Timed = { kind: Kind; status: number; ms: number; body: any }

let sequence = 0
const tag = Date.now().toString(36)

/**
 * One request as the local app on loopback sends it, timed from send to the last byte read. Creates
 * and CSV imports carry an Idempotency-Key, a fresh one unless `key` replays an earlier one.
 */
async function timed(
  kind: Kind,
  method: string,
  path: string,
  body?: unknown,
  key?: string,
): Promise<Timed> {
  const headers: Record<string, string> = { origin: 'http://127.0.0.1' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (kind === 'create' || kind === 'csv' || kind === 'replay')
    headers['idempotency-key'] = key ?? crypto.randomUUID()
  const started = performance.now()
  const response = await app.request(
    `http://127.0.0.1${path}`,
    { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
    { ...env, LOCAL_MODE: 'true' },
  )
  const text = await response.text()
  return {
    kind,
    status: response.status,
    ms: performance.now() - started,
    body: text ? JSON.parse(text) : undefined,
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/**
 * What one client saw acknowledged: the customers it made, the last name each was saved with, and
 * the names its CSV imports added (an import answers a count, not ids).
 */
type Acknowledged = { created: Set<string>; names: Map<string, string>; imported: string[] }

async function client(index: number, results: Timed[], acked: Acknowledged): Promise<void> {
  const own: Customer[] = []
  let lastCreate: { key: string; body: { name: string }; id: string } | undefined
  for (let j = 0; j < REQUESTS_PER_CLIENT; j++) {
    const kind = KINDS[(index + j) % KINDS.length]!
    const name = `Load ${tag} c${index} r${j} #${sequence++}`
    let answer: Timed
    if (kind === 'register') answer = await timed(kind, 'GET', '/api/register')
    else if (kind === 'runs') answer = await timed(kind, 'GET', '/api/runs?limit=50')
    else if (kind === 'connections') answer = await timed(kind, 'GET', '/api/connections')
    else if (kind === 'create' || (kind !== 'csv' && kind !== 'plan' && !lastCreate)) {
      const key = crypto.randomUUID()
      answer = await timed('create', 'POST', '/api/customers', { name }, key)
      if (answer.status === 201) {
        own.push(answer.body as Customer)
        lastCreate = { key, body: { name }, id: (answer.body as Customer).id }
      }
    } else if (kind === 'replay' && lastCreate) {
      // The outbox sending a create again whose answer was lost: the first answer, nothing written.
      answer = await timed(kind, 'POST', '/api/customers', lastCreate.body, lastCreate.key)
      expect(answer.body?.id, `replay of ${lastCreate.body.name}`).toBe(lastCreate.id)
    } else if (kind === 'csv') {
      const rows = [`${name} csv a`, `${name} csv b`]
      answer = await timed(kind, 'POST', '/api/customers/import', {
        csv: `name,city\n${rows.map((row) => `${row},Perth`).join('\n')}\n`,
      })
      if (answer.status === 200 && answer.body.imported === rows.length)
        acked.imported.push(...rows)
    } else if (kind === 'edit') {
      const target = own[j % own.length]!
      answer = await timed(kind, 'PATCH', `/api/customers/${target.id}`, {
        version: target.version,
        name,
      })
      if (answer.status === 200) own[own.indexOf(target)] = answer.body as Customer
    } else {
      const { body: register } = await timed('register', 'GET', '/api/register')
      const version = (register as Register).version
      const after: Customer = {
        id: `cus-load-${tag}-${sequence++}`,
        name,
        inactive: false,
        version: 1,
      }
      answer = await timed(kind, 'POST', '/api/register/plans', {
        baseVersion: version,
        plan: {
          kind: 'manual',
          connectionId: 'conn-load',
          baseVersion: version,
          operations: [{ op: 'createCustomer', after }],
          skipped: [],
          quarantine: [],
          summary: emptySummary(),
        },
      })
      // A 409 (the register moved on) is a refusal the client re-plans; only a 200 is a write.
      if (answer.status === 200) own.push(after)
    }
    results.push(answer)
    if (
      (answer.kind === 'create' && answer.status === 201) ||
      (kind === 'plan' && answer.status === 200)
    )
      acked.created.add(own.at(-1)!.id)
    for (const c of own) acked.names.set(c.id, c.name)
  }
}

describe('the API under a bounded load', () => {
  it('answers 200 mixed requests from 10 clients with no 5xx and keeps every acknowledged write', async () => {
    const results: Timed[] = []
    const acked: Acknowledged = { created: new Set(), names: new Map(), imported: [] }
    const started = performance.now()

    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i, results, acked)))

    const elapsed = performance.now() - started
    const plans = results.filter((r) => r.kind === 'plan')
    expect(results.length).toBe(CLIENTS * REQUESTS_PER_CLIENT)
    expect(results.filter((r) => r.status >= 500).map((r) => `${r.kind} ${r.status}`)).toEqual([])
    // Reads and a client's own edits never conflict; a plan may meet a register that moved on.
    expect(
      results
        .filter((r) => r.kind !== 'plan' && r.status >= 400)
        .map((r) => `${r.kind} ${r.status} ${JSON.stringify(r.body)}`),
    ).toEqual([])
    expect(plans.every((r) => r.status === 200 || r.status === 409)).toBe(true)
    // Enough writes landed for "none lost" to mean something.
    expect(acked.created.size).toBeGreaterThanOrEqual(CLIENTS * 2)

    const final = (await timed('register', 'GET', '/api/register')).body as Register
    const names = new Map(final.customers.map((c) => [c.id, c.name]))
    for (const id of acked.created) expect(names.has(id), `customer ${id} kept`).toBe(true)
    for (const [id, name] of acked.names) expect(names.get(id)).toBe(name)
    // Each imported row once; each replayed create once (the replays wrote nothing).
    const byName = new Map<string, number>()
    for (const c of final.customers) byName.set(c.name, (byName.get(c.name) ?? 0) + 1)
    expect(acked.imported.length).toBeGreaterThanOrEqual(CLIENTS * 2)
    for (const name of acked.imported) expect(byName.get(name), `imported ${name}`).toBe(1)
    for (const name of acked.names.values()) expect(byName.get(name), `kept ${name}`).toBe(1)

    const ms = results.map((r) => r.ms).sort((a, b) => a - b)
    console.log(
      `load: ${results.length} requests from ${CLIENTS} clients in ${Math.round(elapsed)} ms; ` +
        `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, ` +
        `max ${ms.at(-1)!.toFixed(1)} ms; ${acked.created.size} customers created, ` +
        `${acked.imported.length} imported by CSV, ` +
        `${results.filter((r) => r.kind === 'replay').length} creates replayed, ` +
        `${plans.filter((r) => r.status === 409).length} of ${plans.length} plans refused 409`,
    )
  }, 120_000)
})
