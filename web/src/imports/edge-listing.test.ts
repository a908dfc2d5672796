import type { ImportListing } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { readAtEdge } from './edge-listing'

const progress = {
  phase: 'subscriptions' as const,
  unit: 'customers' as const,
  done: 10,
  total: 25,
  since: '2026-12-04T10:00:00Z',
}
const running: ImportListing = {
  id: 'l1',
  what: 'subscriptions',
  state: 'running',
  startedAt: '2026-12-04T10:00:00Z',
  requests: 11,
  progress,
}
const ready: ImportListing = {
  id: 'l1',
  what: 'subscriptions',
  state: 'ready',
  startedAt: '2026-12-04T10:00:00Z',
  finishedAt: '2026-12-04T10:01:00Z',
  requests: 26,
  customers: 25,
  subscriptions: 2,
  complete: false,
  problems: ['The subscriptions of Ashford could not be read.'],
}
const subscription = (externalId: string) => ({
  externalId,
  customerExternalId: 'c1',
  name: 'Microsoft 365 Business Premium',
  quantity: 5,
  status: 'active',
})

function fake(states: ImportListing[], pages: unknown[][]) {
  const calls: string[] = []
  const reports: Array<[number, unknown]> = []
  const deps = {
    start: async (_id: string, asked: { what: string; fresh?: boolean }) => {
      calls.push(`start ${asked.what}${asked.fresh ? ' fresh' : ''}`)
      return states.shift()!
    },
    read: async () => {
      calls.push('read')
      return states.shift() ?? null
    },
    page: async (_id: string, _listing: unknown, kind: string, cursor?: { part: number }) => {
      calls.push(`page ${kind} ${cursor?.part ?? 0}`)
      const at = cursor?.part ?? 0
      return {
        items: pages[at]!,
        ...(at + 1 < pages.length ? { next: { part: at + 1, chunk: 0 } } : {}),
      }
    },
    wait: async () => {
      calls.push('wait')
    },
  }
  const edge = {
    fresh: false,
    signal: new AbortController().signal,
    onProgress: (requests: number, at?: unknown) => reports.push([requests, at]),
  }
  return { deps, edge, calls, reports }
}

describe('reading a listing made at the edge', () => {
  it('follows it while it runs, then reads its records page by page, checked', async () => {
    const { deps, edge, calls, reports } = fake(
      [running, running, ready],
      [[subscription('s1')], [subscription('s2')]],
    )
    const read = await readAtEdge('conn', 'subscriptions', edge, deps as never)
    expect(calls).toEqual([
      'start subscriptions',
      'wait',
      'read',
      'wait',
      'read',
      'page subscriptions 0',
      'page subscriptions 1',
    ])
    expect(reports).toEqual([
      [11, progress],
      [11, progress],
    ])
    expect(read.listing.map((s) => s.externalId)).toEqual(['s1', 's2'])
    expect(read).toMatchObject({
      complete: false,
      problems: ['The subscriptions of Ashford could not be read.'],
      listedAt: '2026-12-04T10:01:00Z',
    })
  })

  it('asks for a fresh listing when told, and fails with the listing’s own reason', async () => {
    const failed: ImportListing = {
      id: 'l2',
      what: 'subscriptions',
      state: 'failed',
      startedAt: '2026-12-04T10:00:00Z',
      finishedAt: '2026-12-04T10:00:05Z',
      message: 'Nothing was changed. Sherweb refused the client secret.',
    }
    const { deps, edge, calls } = fake([failed], [])
    await expect(
      readAtEdge('conn', 'subscriptions', { ...edge, fresh: true }, deps as never),
    ).rejects.toThrow('Sherweb refused the client secret')
    expect(calls).toEqual(['start subscriptions fresh'])
  })

  it('refuses a record that does not fit, naming the call and the field', async () => {
    const { deps, edge } = fake([ready], [[{ ...subscription('s1'), quantity: 'five' }]])
    await expect(readAtEdge('conn', 'subscriptions', edge, deps as never)).rejects.toThrow(
      /import-listings\/subscriptions\/l1\/subscriptions answered, but not in the shape .*0\.quantity/,
    )
  })
})
