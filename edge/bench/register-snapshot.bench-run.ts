import { emptySummary, type PlanOperation, type Plan, type Subscription } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { expect, it } from 'vitest'
import { app } from '../src/app'
import { registerStub } from '../src/register/register-stub'

// The README's benchmark size: 10,000 customers / 100,000 subscriptions. GET /api/register used to
// answer it from one RPC return (42.9 MB at 94,000 subscriptions, past Workers RPC's 32 MiB).
const CUSTOMERS = 10_000
const SUBSCRIPTIONS = 100_000
// Seeded in plans of ≤ 20,000 operations: one plan of 110,000 would itself pass 32 MiB as an argument.
const SEED_BATCH = 20_000

function subscription(i: number): Subscription {
  return {
    id: `sub-${i}`,
    customerId: `cus-${i % CUSTOMERS}`,
    connectionId: 'bench',
    distributor: 'Sherweb',
    externalId: `ext-sub-${i}`,
    name: `Microsoft 365 Business Premium ${i}`,
    sku: `CFQ7TTC0LCHC:${i}`,
    status: 'active',
    quantity: 1 + (i % 40),
    startDate: '2026-01-01',
    endDate: '2027-01-01',
    billingCycle: 'monthly',
    termMonths: 12,
    unitPrice: 22,
    unitCost: 18.5,
    currency: 'AUD',
    active: true,
    version: 1,
  }
}

function plan(baseVersion: number, operations: PlanOperation[]): Plan {
  const kind = 'subscription-import'
  return {
    kind,
    connectionId: 'bench',
    baseVersion,
    operations,
    skipped: [],
    quarantine: [],
    summary: emptySummary(),
  }
}

async function timedGet(path: string): Promise<{ ms: number; bytes: number; text: string }> {
  // workerd moves its clock only across I/O: wait once so the start is now, not the last I/O.
  await new Promise((resolve) => setTimeout(resolve, 1))
  const started = Date.now()
  const response = await app.request(
    `http://127.0.0.1${path}`,
    { method: 'GET' },
    { ...env, LOCAL_MODE: 'true' },
  )
  const text = await response.text()
  const ms = Date.now() - started
  expect(response.status).toBe(200)
  return { ms, bytes: new TextEncoder().encode(text).length, text }
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

it('serves the register of 10,000 customers / 100,000 subscriptions in pages', async () => {
  const register = registerStub(env)
  const seed: PlanOperation[] = []
  for (let i = 0; i < CUSTOMERS; i++)
    seed.push({
      op: 'createCustomer',
      after: { id: `cus-${i}`, name: `Customer ${i}`, inactive: false, version: 1 },
    })
  for (let i = 0; i < SUBSCRIPTIONS; i++)
    seed.push({ op: 'createSubscription', after: subscription(i) })
  let version = 0
  for (let at = 0; at < seed.length; at += SEED_BATCH) {
    const applied = await register.applyPlan({
      baseVersion: version,
      plan: plan(version, seed.slice(at, at + SEED_BATCH)),
      actor: 'bench',
      trigger: 'user',
    })
    expect(applied.ok).toBe(true)
    if (applied.ok) version = applied.version
  }

  const lines = await timedGet('/api/register/snapshot')
  const pages = lines.text.split('\n').filter((l) => l.includes('"type":"records"')).length
  expect(lines.text.trimEnd().endsWith(`{"type":"end","version":${version}}`)).toBe(true)
  console.log(
    `RESULT edge GET /api/register/snapshot 10k/100k: ${lines.ms} ms, ${mb(lines.bytes)} in ${pages} pages`,
  )

  const whole = await timedGet('/api/register')
  expect((JSON.parse(whole.text) as { subscriptions: unknown[] }).subscriptions).toHaveLength(
    SUBSCRIPTIONS,
  )
  console.log(`RESULT edge GET /api/register 10k/100k: ${whole.ms} ms, ${mb(whole.bytes)}`)

  const edit = await register.updateCustomer('cus-1', 1, { name: 'Customer one' }, 'bench')
  expect(edit.ok).toBe(true)
  const changes = await timedGet(`/api/register/changes?since=${version}`)
  console.log(
    `RESULT edge GET /api/register/changes after one edit at 10k/100k: ${changes.ms} ms, ${changes.bytes} bytes`,
  )
})
