import 'fake-indexeddb/auto'
import { defaultConnectionSettings, emptySummary } from '@seatkeeper/core'
import { openDB } from 'idb'
import { beforeAll, describe, expect, it } from 'vitest'
import { forgetConnection, readConnections } from './connection-cache'
import { readMeta } from './meta'
import { outboxDb } from './outbox-db'
import { readStoredRegister } from './register-snapshot'
import { readRunHead, readRunOperationsPage, readRuns } from './run-cache'
import { DB_NAME, DB_VERSION, openSeatkeeperDb } from './seatkeeper-db'
import { readSettings, saveSettings } from './settings-cache'

// The database as the build before this one left it: its upgrade steps (git history of
// seatkeeper-db.ts; version 1 since 74f0bfe) and records in the shapes it wrote, written raw so
// nothing of today's code shapes them. Runs then had no `outcome`/`reason` (added in 0652e76).
const PREVIOUS_VERSION = 1

const register = {
  version: 7,
  topLevels: [{ id: 'top-1', name: 'Harbourside' }],
  customers: [
    { id: 'cus-1', name: 'Contoso', inactive: false, version: 3, topLevelId: 'top-1' },
    { id: 'cus-2', name: 'Fabrikam', inactive: true, version: 1 },
  ],
  subscriptions: [
    {
      id: 'sub-1',
      customerId: 'cus-1',
      connectionId: 'conn-1',
      distributor: 'Sherweb',
      externalId: 'ext-1',
      name: 'Microsoft 365 E3',
      status: 'active',
      quantity: 12,
      active: true,
      version: 2,
    },
  ],
  mappings: [
    {
      connectionId: 'conn-1',
      externalCustomerId: 'sw-1',
      externalName: 'Contoso Ltd',
      customerId: 'cus-1',
      origin: 'manual',
    },
  ],
}

const run = {
  id: 'run-1',
  kind: 'sync',
  connectionId: 'conn-1',
  trigger: 'cron',
  actor: 'integrator',
  startedAt: '2026-11-30T06:00:00.000Z',
  finishedAt: '2026-11-30T06:00:04.000Z',
  baseVersion: 6,
  version: 7,
  summary: emptySummary(),
  operations: 1,
  quarantined: 0,
  skipped: 0,
  errors: [],
}

const connection = {
  id: 'conn-1',
  distributor: 'sherweb',
  distributorLabel: 'Sherweb',
  name: 'Sherweb main',
  config: { environment: 'production', clientId: 'client-1' },
  secrets: { clientSecret: true, subscriptionKey: true },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  status: { quarantined: 0, lastSyncAt: '2026-11-30T06:00:04.000Z' },
}

const outbox = [
  {
    id: 'edit-1',
    kind: 'create-customer',
    label: 'Create customer “Northwind”',
    body: { name: 'Northwind', mainSite: { city: 'Leeds', country: 'GB' } },
    createdAt: '2026-11-30T10:00:00.000Z',
    state: 'pending',
    attempts: 0,
  },
  {
    id: 'edit-2',
    kind: 'update-customer',
    label: 'Edit customer “Contoso”',
    customerId: 'cus-1',
    body: { version: 3, name: 'Contoso Group' },
    createdAt: '2026-11-30T10:01:00.000Z',
    state: 'failed',
    attempts: 1,
    error: 'The Seatkeeper API answered 500.',
  },
]

beforeAll(async () => {
  const previous = await openDB(DB_NAME, PREVIOUS_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('register')
        db.createObjectStore('connections', { keyPath: 'id' })
        db.createObjectStore('runs', { keyPath: 'id' }).createIndex('by-started', 'startedAt')
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-created', 'createdAt')
        db.createObjectStore('meta')
      }
    },
  })
  await previous.put('register', { register, savedAt: '2026-11-30T06:01:00.000Z' }, 'current')
  await previous.put('runs', { id: run.id, startedAt: run.startedAt, view: run })
  await previous.put('connections', connection)
  for (const entry of outbox) await previous.put('outbox', entry)
  await previous.put('meta', true, 'persistence-requested')
  previous.close()
})

describe('opening the database a previous build filled', () => {
  it('opens at the current version without throwing', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(PREVIOUS_VERSION)
    const db = await openSeatkeeperDb()
    expect(db.version).toBe(DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual([
      'connections',
      'meta',
      'outbox',
      'register-billingLines',
      'register-customers',
      'register-dismissals',
      'register-mappings',
      'register-subscriptions',
      'register-topLevels',
      'run-operations',
      'runs',
      'settings',
    ])
  })

  it('still reads the register it saved as one blob, now kept record by record', async () => {
    // A register kept before billing existed reads with no billing lines and no dismissals.
    expect(await readStoredRegister()).toEqual({
      register: { ...register, billingLines: [], dismissals: [] },
      refreshedAt: '2026-11-30T06:01:00.000Z',
    })
    const db = await openSeatkeeperDb()
    expect(await db.get('register-customers', 'cus-2')).toEqual(register.customers[1])
    expect(await db.get('register-mappings', 'conn-1\u0000sw-1')).toEqual(register.mappings[0])
  })

  it('still lists its runs and connections', async () => {
    expect(await readRuns()).toEqual([run])
    expect(await readRunHead('run-1')).toBeUndefined()
    expect(await readRunOperationsPage('run-1', 0)).toBeUndefined()
    // Cached before PSA connections existed, without a kind: it reads as a distributor's.
    expect(await readConnections()).toEqual([{ ...connection, kind: 'distributor' }])
    expect(await readMeta('persistence-requested')).toBe(true)
  })

  it('keeps every unsent edit in its outbox, in order, with its state', async () => {
    expect(await outboxDb.list()).toEqual(outbox)
  })

  it('keeps connection settings from now on, beside what it had, and forgets them with their connection', async () => {
    expect(await readSettings('conn-1')).toBeUndefined()
    const settings = defaultConnectionSettings()
    settings.integrator.enabled = true
    await saveSettings('conn-1', settings)
    expect(await readSettings('conn-1')).toEqual(settings)
    expect(await readConnections()).toEqual([{ ...connection, kind: 'distributor' }])
    await forgetConnection('conn-1')
    expect(await readSettings('conn-1')).toBeUndefined()
    expect(await readConnections()).toEqual([])
  })
})
