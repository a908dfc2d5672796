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
