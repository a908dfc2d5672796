import 'fake-indexeddb/auto'
import { emptyRegister, type Customer, type Register } from '@seatkeeper/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readStoredRegister, saveStoredRegister } from '../db/register-snapshot'
import { openSeatkeeperDb, recordStore } from '../db/seatkeeper-db'
import { RegisterCopy } from './register-copy'
import { syncRegister } from './sync-register'

const contoso: Customer = { id: 'cus-1', name: 'Contoso', inactive: false, version: 1 }
const fabrikam: Customer = { id: 'cus-2', name: 'Fabrikam', inactive: false, version: 1 }

/** Answers GET paths (without query for the snapshot, with it for changes); records each call. */
function serve(routes: Record<string, () => Response>) {
  const calls: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      calls.push(path)
      const route = routes[path]
      if (!route) throw new TypeError('Failed to fetch')
      return route()
    }),
  )
  return calls
}

const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status })
const ndjson = (lines: unknown[]) => () =>
  new Response(lines.map((line) => `${JSON.stringify(line)}\n`).join(''))

async function clearKept() {
  const db = await openSeatkeeperDb()
  await db.clear('meta')
  for (const table of ['topLevels', 'customers', 'subscriptions', 'mappings'] as const)
    await db.clear(recordStore(table))
}

describe('syncRegister', () => {
  beforeEach(clearKept)
  afterEach(() => vi.unstubAllGlobals())

  it('takes a snapshot when this browser keeps no copy, and keeps it record by record', async () => {
    const calls = serve({
      '/api/register/snapshot': ndjson([
        { type: 'start', version: 3 },
        { type: 'records', table: 'customers', records: [contoso] },
        { type: 'records', table: 'customers', records: [fabrikam] },
        { type: 'end', version: 3 },
      ]),
    })

    const copy = await syncRegister(undefined)

    const expected: Register = { ...emptyRegister(), version: 3, customers: [contoso, fabrikam] }
    expect(copy.register).toEqual(expected)
    expect((await readStoredRegister())?.register).toEqual(expected)
    expect(calls).toEqual(['/api/register/snapshot'])
  })

  it('moves the kept copy on by the runs since its version, without a snapshot', async () => {
    await saveStoredRegister({ ...emptyRegister(), version: 4, customers: [contoso] })
    const renamed = { ...contoso, name: 'Contoso Group', version: 2 }
    const calls = serve({
      '/api/register/changes?since=4': json({
        kind: 'changes',
        version: 6,
        more: false,
        runs: [
          {
            runId: 'run-5',
            baseVersion: 4,
            version: 5,
            operations: [{ op: 'createCustomer', after: fabrikam }],
          },
          {
            runId: 'run-6',
            baseVersion: 5,
            version: 6,
            operations: [
              {
                op: 'updateCustomer',
                customerId: 'cus-1',
                before: { name: 'Contoso' },
                after: { name: 'Contoso Group' },
              },
            ],
          },
        ],
      }),
    })

    const copy = await syncRegister(undefined)

    expect(copy.version).toBe(6)
    expect(copy.register.customers).toEqual([renamed, fabrikam])
    const kept = await readStoredRegister()
    expect(kept?.register.version).toBe(6)
    expect(kept?.register.customers).toEqual(expect.arrayContaining([renamed, fabrikam]))
    expect(calls).toEqual(['/api/register/changes?since=4'])
  })

  it('drops the kept copy rather than move it on past a run it missed', async () => {
    await saveStoredRegister({ ...emptyRegister(), version: 2 })
    const shown = new RegisterCopy({ ...emptyRegister(), version: 3 }, '2026-12-01T09:00:00.000Z')
    serve({
      '/api/register/changes?since=3': json({
        kind: 'changes',
        version: 4,
        more: false,
        runs: [
          {
            runId: 'run-4',
            baseVersion: 3,
            version: 4,
            operations: [{ op: 'createCustomer', after: contoso }],
          },
        ],
      }),
    })

    const copy = await syncRegister(shown)

    expect(copy.register.customers).toEqual([contoso])
    expect(await readStoredRegister()).toBeUndefined()
  })

  it('follows the pages of changes until the last', async () => {
    await saveStoredRegister({ ...emptyRegister(), version: 1 })
    const run = (version: number, customer: Customer) => ({
      runId: `run-${version}`,
      baseVersion: version - 1,
      version,
      operations: [{ op: 'createCustomer', after: customer }],
    })
    serve({
      '/api/register/changes?since=1': json({
        kind: 'changes',
        version: 3,
        more: true,
        runs: [run(2, contoso)],
      }),
      '/api/register/changes?since=2': json({
        kind: 'changes',
        version: 3,
        more: false,
        runs: [run(3, fabrikam)],
      }),
    })

    const copy = await syncRegister(undefined)

    expect(copy.version).toBe(3)
    expect(copy.register.customers).toEqual([contoso, fabrikam])
  })

  it('reads a run that comes in parts to its last part, then applies it once, whole', async () => {
    await saveStoredRegister({ ...emptyRegister(), version: 1 })
    const part = (operations: Customer[], next?: number) => ({
      runId: 'run-2',
      baseVersion: 1,
      version: 2,
      operations: operations.map((after) => ({ op: 'createCustomer', after })),
      ...(next === undefined ? {} : { next }),
    })
    const calls = serve({
      '/api/register/changes?since=1': json({
        kind: 'changes',
        version: 2,
        more: true,
        runs: [part([contoso], 1)],
      }),
      '/api/register/changes?since=1&from=1': json({
        kind: 'changes',
        version: 2,
        more: false,
        runs: [part([fabrikam])],
      }),
    })

    const copy = await syncRegister(undefined)

    expect(copy.version).toBe(2)
    expect(copy.register.customers).toEqual([contoso, fabrikam])
    expect((await readStoredRegister())?.register.customers).toEqual(
      expect.arrayContaining([contoso, fabrikam]),
    )
    expect(calls).toEqual(['/api/register/changes?since=1', '/api/register/changes?since=1&from=1'])
  })

  it('takes a snapshot when the edge says the copy is too far behind', async () => {
    await saveStoredRegister({ ...emptyRegister(), version: 2, customers: [contoso] })
    const calls = serve({
      '/api/register/changes?since=2': json({
        kind: 'snapshot',
        version: 40,
        reason: 'Too far behind.',
      }),
      '/api/register/snapshot': ndjson([
        { type: 'start', version: 40 },
        { type: 'records', table: 'customers', records: [fabrikam] },
        { type: 'end', version: 40 },
      ]),
    })

    const copy = await syncRegister(undefined)

    expect(copy.register).toEqual({ ...emptyRegister(), version: 40, customers: [fabrikam] })
    expect((await readStoredRegister())?.register.customers).toEqual([fabrikam])
    expect(calls).toEqual(['/api/register/changes?since=2', '/api/register/snapshot'])
  })

  it('refuses a snapshot record that does not fit the register model, naming the call and field', async () => {
    serve({
      '/api/register/snapshot': ndjson([
        { type: 'start', version: 3 },
        { type: 'records', table: 'customers', records: [{ ...contoso, version: 'one' }] },
        { type: 'end', version: 3 },
      ]),
    })

    await expect(syncRegister(undefined)).rejects.toThrow(
      /GET \/api\/register\/snapshot \(customers\) answered, but not in the shape .*0\.version/,
    )
  })

  it('says the snapshot broke off when it ends without its end line, and keeps no half copy', async () => {
    serve({
      '/api/register/snapshot': ndjson([
        { type: 'start', version: 3 },
        { type: 'records', table: 'customers', records: [contoso] },
      ]),
    })

    await expect(syncRegister(undefined)).rejects.toThrow(/broke off/)
    expect(await readStoredRegister()).toBeUndefined()
  })

  it('answers offline with the register kept in this browser', async () => {
    const kept = { ...emptyRegister(), version: 4, customers: [contoso] }
    await saveStoredRegister(kept, '2026-12-01T09:00:00.000Z')
    serve({})

    const copy = await syncRegister(undefined)

    expect(copy.register).toEqual(kept)
    expect(copy.refreshedAt).toBe('2026-12-01T09:00:00.000Z')
  })

  it('says offline that no copy is kept and to reconnect when the storage was cleared', async () => {
    serve({})

    await expect(syncRegister(undefined)).rejects.toMatchObject({
      unreachable: true,
      message: expect.stringMatching(
        /You are offline and this browser keeps no copy of the register .*storage was cleared.*Reconnect/,
      ),
    })
  })
})
