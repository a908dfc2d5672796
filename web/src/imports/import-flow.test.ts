import { emptyRegister, type Plan, type Register } from '@seatkeeper/core'
import { describe, expect, it, vi } from 'vitest'
import {
  createImportFlow,
  REGISTER_CHANGED_NOTICE,
  type ImportFlowDeps,
  type ImportState,
} from './import-flow'

class Conflict extends Error {}

const registerAt = (version: number): Register => ({ ...emptyRegister(), version })

const planFrom = (listing: string[], register: Register): Plan => ({
  kind: 'customer-import',
  connectionId: 'c1',
  baseVersion: register.version,
  operations: [],
  skipped: listing.map((name) => ({ entity: 'customer', externalId: name, name, reason: 'test' })),
  quarantine: [],
  summary: {
    customers: { create: 0, update: 0, unchanged: 0, skipped: listing.length },
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
})

function setup(overrides: Partial<ImportFlowDeps<string[]>> = {}) {
  const states: ImportState[] = []
  const deps: ImportFlowDeps<string[]> = {
    read: async (onRequest) => {
      onRequest()
      onRequest()
      return { listing: ['a', 'b'], complete: true, problems: [] }
    },
    loadRegister: vi.fn(async () => registerAt(3)),
    plan: planFrom,
    submit: vi.fn(async () => ({ version: 4, runId: 'run-1' })),
    isRegisterChanged: (error) => error instanceof Conflict,
    describeError: (error) => (error as Error).message,
    ...overrides,
  }
  const flow = createImportFlow(deps, (state) => states.push(state))
  return { flow, states, deps }
}

describe('the import flow', () => {
  it('reads the distributor, counting its requests, then shows a preview', async () => {
    const { flow, states } = setup()
    await flow.prepare()
    expect(states.map((state) => state.step)).toEqual([
      'reading',
      'reading',
      'reading',
      'planning',
      'planning',
      'preview',
    ])
    expect(states[2]).toEqual({ step: 'reading', requests: 2 })
    expect(flow.state()).toMatchObject({ step: 'preview', plan: { baseVersion: 3 } })
  })

  it('shows pages read of all while a paged listing goes through the proxy, and keeps it as requests go on', async () => {
    const { flow, states } = setup({
      read: async (onRequest, read) => {
        onRequest()
        read.onPages('subscriptions', 1, 4)
        onRequest()
        read.onPages('subscriptions', 2, 4)
        return { listing: ['a'], complete: true, problems: [] }
      },
    })
    await flow.prepare()
    const reading = states.filter((state) => state.step === 'reading')
    expect(reading.at(-1)).toMatchObject({
      requests: 2,
      progress: { phase: 'subscriptions', unit: 'pages', done: 2, total: 4 },
    })
    // The request after the first page did not drop the progress; the phase's start is kept.
    expect(reading[3]).toMatchObject({ requests: 2, progress: { done: 1, total: 4 } })
    const since = reading.map((state) => (state.step === 'reading' ? state.progress?.since : ''))
    expect(new Set(since.filter(Boolean)).size).toBe(1)
  })

  it('shows the progress of a listing at the edge, asks for a fresh one on "read again", and goes quiet once closed', async () => {
    const progress = {
      phase: 'subscriptions' as const,
      unit: 'customers' as const,
      done: 250,
      total: 1000,
      since: '2026-12-04T10:00:00Z',
    }
    const fresh: boolean[] = []
    const { flow, states } = setup({
      read: async (_onRequest, edge) => {
        fresh.push(edge.fresh)
        edge.onProgress(260, progress)
        return {
          listing: ['a'],
          complete: true,
          problems: [],
          listedAt: '2026-12-04T10:20:00Z',
        }
      },
    })
    await flow.prepare()
    expect(states[1]).toEqual({ step: 'reading', requests: 260, progress })
    expect(flow.state()).toMatchObject({ step: 'preview', listedAt: '2026-12-04T10:20:00Z' })
    await flow.prepare({ fresh: true })
    expect(fresh).toEqual([false, true])

    // Closed while following a listing: the read is stopped and nothing more is shown.
    const closed = setup({
      read: (_onRequest, edge) =>
        new Promise((_resolve, reject) =>
          edge.signal.addEventListener('abort', () => reject(edge.signal.reason)),
        ),
    })
    const reading = closed.flow.prepare()
    closed.flow.dispose()
    await reading
    expect(closed.states.map((state) => state.step)).toEqual(['reading'])
  })

  it('says what it is doing while it plans, and waits for a plan made in the background', async () => {
    const { flow, states } = setup({
      plan: (listing, register) =>
        new Promise((resolve) => setTimeout(() => resolve(planFrom(listing, register)))),
    })
    await flow.prepare()
    expect(states.flatMap((state) => (state.step === 'planning' ? [state.detail] : []))).toEqual([
      'getting the register',
      'comparing the listing with the register',
    ])
    expect(flow.state()).toMatchObject({ step: 'preview', plan: { baseVersion: 3 } })
  })

  it('says the preview failed when planning in the background fails', async () => {
    const { flow } = setup({
      plan: async () => {
        throw new Error('The chosen customer is not in the register any more.')
      },
    })
    await flow.prepare()
    expect(flow.state()).toEqual({
      step: 'failed',
      phase: 'plan',
      message: 'The chosen customer is not in the register any more.',
    })
  })

  it('applies the previewed plan on Start and ends with the run', async () => {
    const { flow, deps } = setup()
    await flow.prepare()
    await flow.start()
    expect(deps.submit).toHaveBeenCalledOnce()
    expect(flow.state()).toMatchObject({ step: 'done', result: { runId: 'run-1' } })
  })

  it('plans again against the new register after a 409 and shows the new preview without applying it', async () => {
    const loadRegister = vi.fn<() => Promise<Register>>()
    loadRegister.mockResolvedValueOnce(registerAt(3)).mockResolvedValueOnce(registerAt(7))
    const read = vi.fn(async () => ({ listing: ['a'], complete: true, problems: [] }))
    const { flow, deps } = setup({
      read,
      loadRegister,
      submit: vi.fn(async () => {
        throw new Conflict('409')
      }),
    })
    await flow.prepare()
    await flow.start()
    expect(read).toHaveBeenCalledOnce()
    expect(deps.submit).toHaveBeenCalledOnce()
    expect(flow.state()).toMatchObject({
      step: 'preview',
      plan: { baseVersion: 7 },
      notice: REGISTER_CHANGED_NOTICE,
    })
  })

  it('says which phase failed and why when the distributor cannot be read', async () => {
    const { flow } = setup({
      read: async () => {
        throw new Error('Sherweb rejected the client secret (401).')
      },
    })
    await flow.prepare()
    expect(flow.state()).toEqual({
      step: 'failed',
      phase: 'read',
      message: 'Sherweb rejected the client secret (401).',
    })
  })

  it('reports a failed apply that is not a conflict as it is', async () => {
    const { flow } = setup({
      submit: async () => {
        throw new Error('Operation 1: customer missing. Nothing was applied.')
      },
    })
    await flow.prepare()
    await flow.start()
    expect(flow.state()).toMatchObject({ step: 'failed', phase: 'apply' })
  })

  it('carries the listing problems into the preview', async () => {
    const { flow } = setup({
      read: async () => ({ listing: [], complete: false, problems: ['Page 3 could not be read.'] }),
    })
    await flow.prepare()
    expect(flow.state()).toMatchObject({ step: 'preview', problems: ['Page 3 could not be read.'] })
  })

  it('does nothing on Start before there is a preview', async () => {
    const { flow, deps } = setup()
    await flow.start()
    expect(deps.submit).not.toHaveBeenCalled()
  })
})
