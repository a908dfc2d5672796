import { describe, expect, it } from 'vitest'
import type { RunView } from '@seatkeeper/core'
import { filterRuns } from './filter-runs'

const none = { create: 0, update: 0, unchanged: 0, skipped: 0 }
const run = (id: string, extra: Partial<RunView>): RunView => ({
  id,
  kind: 'sync',
  trigger: 'cron',
  actor: 'integrator',
  startedAt: '2026-03-10T12:00:00Z',
  finishedAt: '2026-03-10T12:00:01Z',
  baseVersion: 1,
  version: 1,
  summary: {
    customers: none,
    subscriptions: { ...none, deactivate: 0, zero: 0, quarantined: 0 },
    mappings: { add: 0, update: 0, remove: 0 },
  },
  operations: 0,
  quarantined: 0,
  skipped: 0,
  errors: [],
  ...extra,
})

const runs = [
  run('r1', { connectionId: 'k1', outcome: 'failed', reason: 'Rhipe refused the token.' }),
  run('r2', { connectionId: 'k2', outcome: 'unchanged' }),
  run('r3', { connectionId: 'k1', kind: 'customer-import' }),
]

describe('filterRuns', () => {
  it('keeps every run when no filter is set', () => {
    expect(filterRuns(runs, { kind: '', connectionId: '', outcome: '' })).toHaveLength(3)
  })

  it('finds the failed syncs of one connection', () => {
    const found = filterRuns(runs, { kind: 'sync', connectionId: 'k1', outcome: 'failed' })
    expect(found.map((r) => r.id)).toEqual(['r1'])
  })

  it('counts a run without an outcome as one that changed the register', () => {
    const found = filterRuns(runs, { kind: '', connectionId: '', outcome: 'changed' })
    expect(found.map((r) => r.id)).toEqual(['r3'])
  })
})
