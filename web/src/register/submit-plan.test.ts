import { emptyRegister, PLAN_PART_MAX_BYTES, type Plan } from '@seatkeeper/core'
import { QueryClient } from '@tanstack/solid-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error'
import { RegisterChangedError } from './register-changed-error'
import { RegisterCopy } from './register-copy'
import { staleRegisterNotice } from './register-freshness-text'
import { registerKeys } from './register-keys'
import { submitPlan } from './submit-plan'
import { BROWSER_PART_BYTES } from './plan-parts'

const plan: Plan = {
  kind: 'customer-import',
  connectionId: 'conn-1',
  baseVersion: 4,
  operations: [],
  skipped: [],
  quarantine: [],
  summary: {
    customers: { create: 0, update: 0, unchanged: 0, skipped: 0 },
    subscriptions: {
      create: 0,
      update: 0,
      unchanged: 0,
      skipped: 0,
      deactivate: 0,
      zero: 0,
      quarantined: 0,
    },
    mappings: { add: 0, update: 0, remove: 0 },
  },
}

function serve(routes: Record<string, (init: RequestInit) => Response>) {
  const calls: Array<{ path: string; init: RequestInit }> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      calls.push({ path, init })
      const route = routes[`${init.method ?? 'GET'} ${path}`]
      if (!route) throw new TypeError('Failed to fetch')
      return route(init)
    }),
  )
  return calls
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })

/** GET /api/register/snapshot answering an empty register at `version`. */
const snapshotAt = (version: number) => () =>
  new Response(
    `${JSON.stringify({ type: 'start', version })}\n${JSON.stringify({ type: 'end', version })}\n`,
  )

const upToDate = (version: number) => () =>
  json(200, { kind: 'changes', version, runs: [], more: false })

describe('submitPlan', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('posts the plan with its base version as JSON and refreshes the cached register', async () => {
    const calls = serve({
      'POST /api/register/plans': () => json(200, { version: 5, runId: 'run-9' }),
      'GET /api/register/snapshot': snapshotAt(5),
      'GET /api/register/changes?since=5': upToDate(5),
    })
    const client = new QueryClient()

    await expect(submitPlan(plan, client)).resolves.toEqual({ version: 5, runId: 'run-9' })

    const post = calls[0]!
    expect(new Headers(post.init.headers).get('content-type')).toBe('application/json')
    expect(JSON.parse(String(post.init.body))).toEqual({ baseVersion: 4, plan })
    const shown = client.getQueryData<RegisterCopy>(registerKeys.snapshot())
    expect(shown?.register).toEqual({ ...emptyRegister(), version: 5 })
  })

  it('says the register could not be refreshed, and keeps showing the older copy, when the refresh after a write fails', async () => {
    const client = new QueryClient()
    client.setQueryData(
      registerKeys.snapshot(),
      new RegisterCopy({ ...emptyRegister(), version: 4 }, new Date().toISOString()),
    )
    serve({
      'POST /api/register/plans': () => json(200, { version: 5, runId: 'run-9' }),
      'GET /api/register/changes?since=4': () =>
        json(500, { error: { message: 'The register is being moved; try again in a minute.' } }),
    })

    await expect(submitPlan(plan, client)).resolves.toEqual({ version: 5, runId: 'run-9' })

    const state = client.getQueryState<RegisterCopy>(registerKeys.snapshot())!
    expect(state.data?.version).toBe(4)
    expect(staleRegisterNotice(state.data, state.error)).toMatch(
      /^The register could not be refreshed: The register is being moved; try again in a minute\. The pages still show version 4 .*may not show it yet\.$/,
    )
  })

  it('throws RegisterChangedError carrying the current version when the register moved on', async () => {
    serve({
      'POST /api/register/plans': () =>
        json(409, {
          error: { message: 'The register changed since this plan was made; plan again.' },
          version: 7,
        }),
      'GET /api/register/snapshot': snapshotAt(7),
      'GET /api/register/changes?since=7': upToDate(7),
    })

    const failure = submitPlan(plan, new QueryClient())

    await expect(failure).rejects.toBeInstanceOf(RegisterChangedError)
    await expect(failure).rejects.toMatchObject({
      version: 7,
      message: expect.stringContaining('plan again'),
    })
  })

  it('sends a plan over one request’s size as an upload of parts in order, committed once', async () => {
    const operations = Array.from({ length: 40_000 }, (_, i) => ({
      op: 'createCustomer' as const,
      after: {
        id: `cus-${i}`,
        name: `Customer ${i} `.padEnd(200, 'x'),
        inactive: false,
        version: 1,
      },
    }))
    const large: Plan = { ...plan, operations }
    const received: unknown[] = []
    const calls = serve({
      'POST /api/register/plans/uploads': () =>
        json(201, { uploadId: 'upl-1', expiresAt: '2026-12-02T08:00:00.000Z' }),
      ...Object.fromEntries(
        Array.from({ length: 10 }, (_, n) => [
          `PUT /api/register/plans/uploads/upl-1/parts/${n}`,
          (init: RequestInit) => {
            const part = JSON.parse(String(init.body)) as { operations: unknown[] }
            received.push(...part.operations)
            return json(200, { part: n, operations: part.operations.length })
          },
        ]),
      ),
      'POST /api/register/plans/uploads/upl-1/commit': () =>
        json(200, { version: 5, runId: 'run-9' }),
      'GET /api/register/snapshot': snapshotAt(5),
      'GET /api/register/changes?since=5': upToDate(5),
    })

    await expect(submitPlan(large, new QueryClient())).resolves.toEqual({
      version: 5,
      runId: 'run-9',
    })

    // ~10.8 MB of operations: parts of at most 2 MB, so no send copies a large body in one task.
    const sent = calls.filter((c) => c.path.startsWith('/api/register/plans'))
    const parts = sent.length - 2
    expect(parts).toBe(6)
    expect(sent.map((c) => `${c.init.method} ${c.path}`)).toEqual([
      'POST /api/register/plans/uploads',
      ...Array.from(
        { length: parts },
        (_, n) => `PUT /api/register/plans/uploads/upl-1/parts/${n}`,
      ),
      'POST /api/register/plans/uploads/upl-1/commit',
    ])
    for (const part of sent.slice(1, -1))
      expect(String(part.init.body).length).toBeLessThanOrEqual(BROWSER_PART_BYTES)
    expect(BROWSER_PART_BYTES).toBeLessThanOrEqual(PLAN_PART_MAX_BYTES)
    expect(received).toEqual(operations)
    expect(JSON.parse(String(sent.at(-1)!.init.body))).toEqual({
      baseVersion: 4,
      parts,
      plan: { ...plan, operations: [] },
    })
  })

  it('passes any other refusal on as ApiError with the edge message', async () => {
    serve({
      'POST /api/register/plans': () =>
        json(400, { error: { message: 'Customer c-1 already exists; the plan does not fit.' } }),
    })

    const failure = submitPlan(plan, new QueryClient())

    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('does not fit'),
    })
  })
})
