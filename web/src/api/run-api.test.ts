import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { fetchRunHead, fetchRunOperationsPage, fetchRuns, undoRun } from './run-api'
import { importCustomersCsv, updateCustomer } from './customer-api'

const summary = {
  customers: { create: 1, update: 0, unchanged: 0, skipped: 0 },
  subscriptions: {
    create: 0,
    update: 0,
    unchanged: 0,
    skipped: 0,
    deactivate: 0,
    zero: 0,
    quarantined: 0,
  },
  mappings: { add: 1, update: 0, remove: 0 },
}
const run = {
  id: 'run-1',
  kind: 'customer-import',
  connectionId: 'conn-1',
  trigger: 'user',
  actor: 'local',
  startedAt: '2026-11-21T04:00:12.345Z',
  finishedAt: '2026-11-21T04:00:13.000Z',
  baseVersion: 0,
  version: 1,
  summary,
  operations: 2,
  quarantined: 0,
  skipped: 0,
  errors: [],
}

function answer(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_path: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('the runs and customers API functions', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reads the run ledger and asks for the page size it wants', async () => {
    const fetch = answer(200, { runs: [run] })

    await expect(fetchRuns({ limit: 20, before: 'run-9' })).resolves.toEqual([run])
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/runs?limit=20&before=run-9')
  })

  it("reads a page of a run's operations from the position asked, and where the next starts", async () => {
    const customer = { id: 'c-1', name: 'Acme', inactive: false, version: 1 }
    const fetch = answer(200, { operations: [{ op: 'createCustomer', after: customer }], next: 51 })

    const page = await fetchRunOperationsPage('run 1', 50, 1)

    expect(page).toEqual({ operations: [{ op: 'createCustomer', after: customer }], next: 51 })
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/runs/run%201/operations?from=50&limit=1')
  })

  it('reads a run without its operations', async () => {
    answer(200, { run, skipped: [], quarantine: [] })

    await expect(fetchRunHead('run-1')).resolves.toEqual({ run, skipped: [], quarantine: [] })
  })

  it('names the call and the operation when a page of a run has the wrong shape', async () => {
    answer(200, { operations: [{ op: 'teleportCustomer' }], next: null })

    await expect(fetchRunOperationsPage('run-1', 0, 50)).rejects.toThrow(
      /GET \/api\/runs\/run-1\/operations\?from=0&limit=50 answered, but not in the shape.*operations\.0/,
    )
  })

  it('names the endpoint and the field when an answer has the wrong shape', async () => {
    answer(200, { runs: [{ ...run, kind: 'teleport' }] })

    const failure = fetchRuns()

    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toThrow(
      /GET \/api\/runs answered, but not in the shape.*runs\.0\.kind/,
    )
  })

  it('undoes with an empty JSON body and returns what could not be reverted', async () => {
    const fetch = answer(200, {
      runId: 'run-2',
      reverted: 1,
      notReverted: [{ record: 'Acme', reason: 'changed since' }],
    })

    const result = await undoRun('run-1')

    expect(result.notReverted).toEqual([{ record: 'Acme', reason: 'changed since' }])
    const init = fetch.mock.calls[0]?.[1] ?? {}
    expect(init.method).toBe('POST')
    expect(init.body).toBe('{}')
    expect(new Headers(init.headers).get('content-type')).toBe('application/json')
  })

  it('shows the edge message when a customer edit is refused as stale', async () => {
    answer(409, { error: { message: 'Acme changed since you opened it. Reload and edit again.' } })

    await expect(updateCustomer('c-1', { version: 1, name: 'Acme Ltd' })).rejects.toMatchObject({
      status: 409,
      message: 'Acme changed since you opened it. Reload and edit again.',
    })
  })

  it('returns the per-line errors of a CSV import', async () => {
    answer(200, { imported: 2, runId: 'run-3', errors: [{ line: 4, message: 'name is required' }] })

    await expect(importCustomersCsv('name\nA\nB\n,')).resolves.toEqual({
      imported: 2,
      runId: 'run-3',
      errors: [{ line: 4, message: 'name is required' }],
    })
  })
})
