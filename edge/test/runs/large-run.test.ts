import type { PlanOperation } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { applyNow, call, uniqueId } from '../register/register-api'

// More operations than one RPC page carries (2,000, register-snapshot.ts).
const OPERATIONS = 4_500

describe('GET /api/runs/:id of a large run', () => {
  it('GET /api/runs/:id gives every operation of a run larger than one page, in order', async () => {
    const operations: PlanOperation[] = []
    for (let i = 0; i < OPERATIONS; i++) {
      const after = { id: uniqueId('cus'), name: `Large run ${i}`, inactive: false, version: 1 }
      operations.push({ op: 'createCustomer', after })
    }
    const applied = await applyNow('customer-import', operations)

    const answer = await call('GET', `/api/runs/${applied.body.runId}`)

    expect(answer.status).toBe(200)
    expect(answer.body.run).toMatchObject({ id: applied.body.runId, operations: OPERATIONS })
    expect(answer.body.operations).toEqual(operations)
    expect(answer.body).toMatchObject({ skipped: [], quarantine: [] })
  })
})

describe('GET /api/runs/:id/operations', () => {
  it('GET /api/runs/:id/operations pages through every operation in order, after the head', async () => {
    const operations: PlanOperation[] = []
    for (let i = 0; i < 1_200; i++) {
      const after = { id: uniqueId('cus'), name: `Paged run ${i}`, inactive: false, version: 1 }
      operations.push({ op: 'createCustomer', after })
    }
    const applied = await applyNow('customer-import', operations)
    const id = applied.body.runId as string

    const head = await call('GET', `/api/runs/${id}/head`)
    expect(head.status).toBe(200)
    expect(head.body).toMatchObject({ run: { id, operations: 1_200 }, skipped: [], quarantine: [] })
    expect(head.body).not.toHaveProperty('operations')

    const read: unknown[] = []
    const froms: number[] = []
    let from: number | null = 0
    while (from !== null) {
      froms.push(from)
      const page = await call('GET', `/api/runs/${id}/operations?from=${from}`)
      expect(page.status).toBe(200)
      read.push(...(page.body.operations as unknown[]))
      from = page.body.next as number | null
    }
    expect(froms).toEqual([0, 500, 1_000])
    expect(read).toEqual(operations)

    const small = await call('GET', `/api/runs/${id}/operations?from=1199&limit=5`)
    expect(small.body).toEqual({ operations: [operations[1_199]], next: null })
  })

  it('GET /api/runs/:id/operations names the bad field, and answers 404 for an unknown run', async () => {
    const tooMany = await call('GET', '/api/runs/run-x/operations?limit=5000')
    expect(tooMany.status).toBe(400)
    expect(tooMany.body).toEqual({
      error: { message: 'limit must be a whole number from 1 to 2000.', field: 'limit' },
    })
    const negative = await call('GET', '/api/runs/run-x/operations?from=-1')
    expect(negative.body).toMatchObject({ error: { field: 'from' } })

    expect((await call('GET', '/api/runs/no-such-run/operations')).status).toBe(404)
    expect((await call('GET', '/api/runs/no-such-run/head')).status).toBe(404)
  })
})
