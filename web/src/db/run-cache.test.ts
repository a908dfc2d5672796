import 'fake-indexeddb/auto'
import { emptySummary, type Operation } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { readRunHead, readRunOperationsPage, saveRunHead, saveRunOperationsPage } from './run-cache'
import { openSeatkeeperDb } from './seatkeeper-db'

const run = {
  id: 'run-1',
  kind: 'customer-import' as const,
  connectionId: 'conn-1',
  trigger: 'user' as const,
  actor: 'local',
  startedAt: '2026-12-03T09:00:00.000Z',
  finishedAt: '2026-12-03T09:00:02.000Z',
  baseVersion: 0,
  version: 1,
  summary: emptySummary(),
  operations: 3,
  quarantined: 0,
  skipped: 0,
  errors: [],
}
const operation = (i: number): Operation => ({
  op: 'createCustomer',
  after: { id: `c-${i}`, name: `Customer ${i}`, inactive: false, version: 1 },
})

describe('the kept runs', () => {
  it('reads a run offline as it was opened: its head and each page from where it started', async () => {
    await saveRunHead({ run, skipped: [], quarantine: [] })
    await saveRunOperationsPage('run-1', 0, { operations: [operation(0), operation(1)], next: 2 })
    await saveRunOperationsPage('run-1', 2, { operations: [operation(2)], next: null })

    expect(await readRunHead('run-1')).toEqual({ run, skipped: [], quarantine: [] })
    expect(await readRunOperationsPage('run-1', 2)).toEqual({
      operations: [operation(2)],
      next: null,
    })
    expect(await readRunOperationsPage('run-1', 1)).toBeUndefined()
  })

  it('reads a run an older build kept whole as its head and one page', async () => {
    const db = await openSeatkeeperDb()
    const detail = {
      run: { ...run, id: 'run-old' },
      operations: [operation(7)],
      skipped: [],
      quarantine: [],
    }
    await db.put('runs', { id: 'run-old', startedAt: run.startedAt, view: detail.run, detail })

    expect(await readRunHead('run-old')).toEqual({ run: detail.run, skipped: [], quarantine: [] })
    expect(await readRunOperationsPage('run-old', 0)).toEqual({
      operations: [operation(7)],
      next: null,
    })
  })
})
