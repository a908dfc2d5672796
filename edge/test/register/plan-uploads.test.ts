import { PLAN_PART_MAX_BYTES, type PlanOperation, type Subscription } from '@seatkeeper/core'
import { runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { applyNow, call, plan, runCount, snapshot, uniqueId, type Answer } from './register-api'

const UPLOADS = '/api/register/plans/uploads'

function subscription(customerId: string, i: number): Subscription {
  const id = uniqueId('sub')
  return {
    id,
    customerId,
    connectionId: 'conn-upload',
    distributor: 'Sherweb',
    externalId: id,
    // Long names, so a few tens of thousands of operations pass one request's 16 MB.
    name: `Microsoft 365 E3 ${i} `.padEnd(200, 'x'),
    status: 'active',
    quantity: 10,
    active: true,
    version: 1,
  }
}

/** A customer and `count` subscriptions of it, as a first import makes them. */
function importOperations(count: number): PlanOperation[] {
  const customerId = uniqueId('cus')
  const operations: PlanOperation[] = [
    {
      op: 'createCustomer',
      after: { id: customerId, name: 'Upload Ltd', inactive: false, version: 1 },
    },
  ]
  for (let i = 0; i < count; i++)
    operations.push({ op: 'createSubscription', after: subscription(customerId, i) })
  return operations
}

/** `operations` in consecutive parts of at most PLAN_PART_MAX_BYTES of JSON each. */
function parts(operations: PlanOperation[]): PlanOperation[][] {
  const out: PlanOperation[][] = [[]]
  let size = 0
  for (const operation of operations) {
    const bytes = JSON.stringify(operation).length + 1
    if (size + bytes > PLAN_PART_MAX_BYTES - 100) {
      out.push([])
      size = 0
    }
    ;(out.at(-1) as PlanOperation[]).push(operation)
    size += bytes
  }
  return out
}

async function start(): Promise<string> {
  const started = await call('POST', UPLOADS)
  expect(started.status).toBe(201)
  return started.body.uploadId as string
}

async function putPart(id: string, n: number, operations: PlanOperation[]): Promise<Answer> {
  return call('PUT', `${UPLOADS}/${id}/parts/${n}`, { operations })
}

async function commit(id: string, baseVersion: number, count: number): Promise<Answer> {
  return call('POST', `${UPLOADS}/${id}/commit`, {
    baseVersion,
    parts: count,
    plan: plan('subscription-import', baseVersion, [], 'conn-upload'),
  })
}

describe('a plan in parts', () => {
  it('POST /api/register/plans/uploads/:id/commit applies a plan over one request’s cap as one run that can be undone', async () => {
    const operations = importOperations(40_000)
    const before = await snapshot()
    const whole = plan('subscription-import', before.version, operations, 'conn-upload')
    const tooLarge = await call('POST', '/api/register/plans', {
      baseVersion: before.version,
      plan: whole,
    })
    expect(tooLarge.status).toBe(413)
    const split = parts(operations)
    expect(split.length).toBeGreaterThan(2)

    const id = await start()
    for (const [n, part] of split.entries()) {
      const put = await putPart(id, n, part)
      expect(put.status).toBe(200)
      expect(put.body).toEqual({ part: n, operations: part.length })
    }
    const committed = await commit(id, before.version, split.length)

    expect(committed.status).toBe(200)
    expect(committed.body).toEqual({ version: before.version + 1, runId: expect.any(String) })
    const after = await snapshot()
    expect(after.subscriptions.length).toBe(before.subscriptions.length + 40_000)
    const run = await call('GET', `/api/runs/${committed.body.runId}`)
    expect(run.body.run).toMatchObject({ kind: 'subscription-import', operations: 40_001 })
    const undo = await call('POST', `/api/runs/${committed.body.runId}/undo`)
    expect(undo.status).toBe(200)
    expect(undo.body.reverted).toBe(40_001)
    expect((await snapshot()).subscriptions.length).toBe(before.subscriptions.length)
    // ~18 MB through the API and back: seconds on a shared machine, past vitest's 5 s default.
  }, 60_000)

  it('POST /api/register/plans/uploads/:id/commit refuses a missing part by number and writes nothing', async () => {
    const [first, second, third] = [importOperations(2), importOperations(2), importOperations(2)]
    const before = await snapshot()
    const runs = await runCount()
    const id = await start()
    await putPart(id, 0, first as PlanOperation[])
    await putPart(id, 2, third as PlanOperation[])

    const committed = await commit(id, before.version, 3)

    expect(committed.status).toBe(400)
    expect(committed.body.error).toEqual({
      field: 'parts',
      message: 'Part 1 of 3 never arrived. Send it again, then commit.',
    })
    expect(await snapshot()).toEqual(before)
    expect(await runCount()).toBe(runs)
    // The upload is still open: the missing part sent, the commit goes through.
    await putPart(id, 1, second as PlanOperation[])
    expect((await commit(id, before.version, 3)).status).toBe(200)
  })

  it('POST /api/register/plans/uploads/:id/commit answers 409 with the version for a stale plan and writes nothing', async () => {
    const base = (await snapshot()).version
    const id = await start()
    await putPart(id, 0, importOperations(3))
    await applyNow('customer-import', [
      {
        op: 'createCustomer',
        after: { id: uniqueId('cus'), name: 'Meanwhile', inactive: false, version: 1 },
      },
    ])
    const before = await snapshot()
    const runs = await runCount()

    const committed = await commit(id, base, 1)

    expect(committed.status).toBe(409)
    expect(committed.body).toEqual({
      error: { message: expect.stringContaining('Prepare the preview again') },
      version: before.version,
    })
    expect(await snapshot()).toEqual(before)
    expect(await runCount()).toBe(runs)
  })

  it('POST /api/register/plans/uploads/:id/commit refuses an expired upload with 404 and writes nothing', async () => {
    const before = await snapshot()
    const runs = await runCount()
    const id = await start()
    await putPart(id, 0, importOperations(3))
    // An hour passes.
    const stub = env.REGISTER.get(env.REGISTER.idFromName('register'))
    await runInDurableObject(stub, (_, state) => {
      state.storage.sql.exec('UPDATE plan_uploads SET expires_at = ? WHERE id = ?', Date.now(), id)
    })

    const committed = await commit(id, before.version, 1)
    const late = await putPart(id, 1, importOperations(1))

    expect(committed.status).toBe(404)
    expect(committed.body.error.message).toContain('no longer open')
    expect(late.status).toBe(404)
    expect(await snapshot()).toEqual(before)
    expect(await runCount()).toBe(runs)
  })

  it('PUT /api/register/plans/uploads/:id/parts/:n sent twice keeps the part once', async () => {
    const operations = importOperations(5)
    const before = await snapshot()
    const id = await start()
    expect((await putPart(id, 0, operations)).status).toBe(200)
    expect((await putPart(id, 0, operations)).status).toBe(200)

    const committed = await commit(id, before.version, 1)

    expect(committed.status).toBe(200)
    const run = await call('GET', `/api/runs/${committed.body.runId}`)
    expect(run.body.run.operations).toBe(6)
    expect((await snapshot()).subscriptions.length).toBe(before.subscriptions.length + 5)
  })

  it('POST /api/register/plans/uploads/:id/commit sent again answers the first answer and writes nothing more', async () => {
    const before = await snapshot()
    const id = await start()
    await putPart(id, 0, importOperations(2))
    const first = await commit(id, before.version, 1)
    const after = await snapshot()

    const again = await commit(id, before.version, 1)

    expect(again).toEqual(first)
    expect(await snapshot()).toEqual(after)
  })
})
