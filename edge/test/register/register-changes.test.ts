import {
  applyOperations,
  CHANGES_REPLAY_MAX,
  type Customer,
  type PlanOperation,
  type Register,
  type RegisterChanges,
  type RunChange,
} from '@seatkeeper/core'
import { runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { applyNow, call, snapshot, uniqueId } from './register-api'

function customer(name: string): Customer {
  return { id: uniqueId('cus'), name, inactive: false, version: 1 }
}

const created = (name: string): PlanOperation => ({ op: 'createCustomer', after: customer(name) })

async function changes(since: number, limit?: number, from?: number): Promise<RegisterChanges> {
  const answer = await call(
    'GET',
    `/api/register/changes?since=${since}${limit ? `&limit=${limit}` : ''}${from ? `&from=${from}` : ''}`,
  )
  expect(answer.status).toBe(200)
  return answer.body as RegisterChanges
}

/** Every page from `since` on, as a browser follows them (a run in parts asked for from `next`). */
async function allRuns(since: number, limit?: number): Promise<RunChange[][]> {
  const pages: RunChange[][] = []
  for (let at = since, from = 0; ;) {
    const page = await changes(at, limit, from)
    if (page.kind !== 'changes') throw new Error(page.reason)
    pages.push(page.runs)
    if (!page.more) return pages
    const last = page.runs.at(-1)!
    if (last.next === undefined) [at, from] = [last.version, 0]
    else from = last.next
  }
}

/** `register` moved on by each run in turn, as the browser applies them (parts joined). */
function replay(register: Register, runs: readonly RunChange[]): Register {
  const whole: RunChange[] = []
  for (const run of runs) {
    const previous = whole.at(-1)
    if (previous?.next !== undefined && previous.runId === run.runId)
      whole[whole.length - 1] = {
        ...run,
        operations: [...previous.operations, ...run.operations],
      }
    else whole.push(run)
  }
  return whole.reduce((at, run) => applyOperations(at, run.operations), register)
}

describe('GET /api/register/changes', () => {
  it('GET /api/register/changes gives the operations of a plan applied after that version', async () => {
    const before = await snapshot()
    const operations = [created('Contoso'), created('Fabrikam')]
    const applied = await applyNow('customer-import', operations)

    const answer = await changes(before.version)

    expect(answer).toEqual({
      kind: 'changes',
      version: before.version + 1,
      runs: [
        {
          runId: applied.body.runId,
          baseVersion: before.version,
          version: before.version + 1,
          operations,
        },
      ],
      more: false,
    })
    expect(replay(before, answer.kind === 'changes' ? answer.runs : [])).toEqual(await snapshot())
  })

  it('GET /api/register/changes replays an undo, so a copy from before the plan ends where the register is', async () => {
    const before = await snapshot()
    const applied = await applyNow('customer-import', [created('Northwind')])
    expect((await call('POST', `/api/runs/${applied.body.runId}/undo`, {})).status).toBe(200)

    const [runs] = await allRuns(before.version)

    expect(runs).toHaveLength(2)
    const after = await snapshot()
    expect(replay(before, runs!)).toEqual(after)
    expect(after.customers).toEqual(before.customers)
  })

  it('GET /api/register/changes answers no runs for a copy that is up to date', async () => {
    const now = await snapshot()

    expect(await changes(now.version)).toEqual({
      kind: 'changes',
      version: now.version,
      runs: [],
      more: false,
    })
  })

  it('GET /api/register/changes pages whole runs, and the pages together replay every run', async () => {
    const before = await snapshot()
    for (const name of ['Alpine', 'Blue Yonder', 'Coho'])
      await applyNow('customer-import', [created(name)])
    await applyNow('customer-import', [created('Datum'), created('Earth')])

    const pages = await allRuns(before.version, 2)

    expect(pages.map((runs) => runs.map((run) => run.operations.length))).toEqual([
      [1, 1],
      [1],
      [2],
    ])
    expect(replay(before, pages.flat())).toEqual(await snapshot())
  })

  it('GET /api/register/changes gives a run longer than a page in parts, each saying where the next starts', async () => {
    const before = await snapshot()
    await applyNow('customer-import', [created('Fourth Coffee')])
    const long = Array.from({ length: 7 }, (_, i) => created(`Part ${i}`))
    await applyNow('customer-import', long)
    await applyNow('customer-import', [created('Lucerne')])

    const pages = await allRuns(before.version, 3)

    // The short run, then the long one in three parts, the last part with the run after it.
    expect(
      pages.map((runs) => runs.map((run) => [run.operations.length, run.next ?? null])),
    ).toEqual([
      [[1, null]],
      [[3, 3]],
      [[3, 6]],
      [
        [1, null],
        [1, null],
      ],
    ])
    expect(
      pages
        .flat()
        .flatMap((run) => run.operations)
        .slice(1, 8),
    ).toEqual(long)
    expect(replay(before, pages.flat())).toEqual(await snapshot())
  })

  it('GET /api/register/changes says to take a snapshot when asked for an operation past the run', async () => {
    const before = await snapshot()
    await applyNow('customer-import', [created('Margie'), created('Nod')])

    expect(await changes(before.version, 5, 2)).toMatchObject({
      kind: 'snapshot',
      reason: expect.stringContaining('past the end of the run'),
    })
  })

  it('GET /api/register/changes says to take a snapshot when the copy is further behind than a replay is worth', async () => {
    const before = await snapshot()
    const many: PlanOperation[] = []
    for (let i = 0; i <= CHANGES_REPLAY_MAX; i++) many.push(created(`Bulk ${i}`))
    expect((await applyNow('customer-import', many)).status).toBe(200)

    expect(await changes(before.version)).toEqual({
      kind: 'snapshot',
      version: before.version + 1,
      reason: expect.stringContaining('reading it whole is quicker'),
    })
  })

  it('GET /api/register/changes says to take a snapshot when the register changed outside the run ledger', async () => {
    const before = await snapshot()
    const stub = env.REGISTER.get(env.REGISTER.idFromName('register'))
    await runInDurableObject(stub, (_, state) => {
      state.storage.sql.exec(
        "UPDATE meta SET value = ? WHERE key = 'version'",
        String(before.version + 1),
      )
    })

    expect(await changes(before.version)).toEqual({
      kind: 'snapshot',
      version: before.version + 1,
      reason: expect.stringContaining('cannot replay'),
    })
  })

  it('GET /api/register/changes says to take a snapshot when the copy is newer than the register', async () => {
    const now = await snapshot()

    expect(await changes(now.version + 5)).toMatchObject({
      kind: 'snapshot',
      reason: expect.stringContaining('was reset'),
    })
  })

  it('GET /api/register/changes refuses a since that is not a version, naming it', async () => {
    const answer = await call('GET', '/api/register/changes?since=latest')

    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({
      field: 'since',
      message: 'since must be a register version (a whole number).',
    })
  })
})
