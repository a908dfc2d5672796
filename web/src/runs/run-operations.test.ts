import { RUN_OPERATIONS_PAGE, type Operation, type RunOperationsPage } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { FIRST_PAGE, readRunOperations, type RunOperationsProgress } from './run-operations'

const operationsOf = (count: number): Operation[] =>
  Array.from({ length: count }, (_, i) => ({
    op: 'createCustomer',
    after: { id: `c-${i}`, name: `Customer ${i}`, inactive: false, version: 1 },
  }))

/** An edge holding `run`, answering pages as GET /api/runs/:id/operations does. */
function edgeOf(run: readonly Operation[], failAt?: number) {
  const asked: { from: number; limit: number }[] = []
  let failing = failAt
  return {
    asked,
    heal: () => (failing = undefined),
    async readPage(from: number, limit: number): Promise<RunOperationsPage> {
      asked.push({ from, limit })
      if (from === failing) throw new Error('The Worker did not answer (502).')
      const end = Math.min(run.length, from + limit)
      return { operations: run.slice(from, end), next: end < run.length ? end : null }
    },
  }
}

describe('readRunOperations', () => {
  it('reads a 92,457-operation run in order: a small first page for the first rows, then the largest pages', async () => {
    const run = operationsOf(92_457)
    const edge = edgeOf(run)
    const into: Operation[] = []
    const reports: RunOperationsProgress[] = []

    await readRunOperations(
      edge.readPage,
      into,
      (p) => reports.push({ ...p }),
      new AbortController().signal,
    )

    expect(into).toEqual(run)
    expect(edge.asked[0]).toEqual({ from: 0, limit: FIRST_PAGE })
    expect(edge.asked[1]).toEqual({ from: FIRST_PAGE, limit: RUN_OPERATIONS_PAGE.max })
    expect(edge.asked).toHaveLength(1 + Math.ceil((92_457 - FIRST_PAGE) / RUN_OPERATIONS_PAGE.max))
    expect(reports[0]).toMatchObject({ loaded: FIRST_PAGE, done: false })
    expect(reports.at(-1)).toMatchObject({ loaded: 92_457, done: true })
    expect(reports.filter((p) => p.done)).toHaveLength(1)
  })

  it('says where a failed page stopped, and resuming there reads the rest once', async () => {
    const run = operationsOf(4_200)
    const edge = edgeOf(run, FIRST_PAGE + RUN_OPERATIONS_PAGE.max)
    const into: Operation[] = []
    let last: RunOperationsProgress | undefined
    const signal = new AbortController().signal

    await readRunOperations(edge.readPage, into, (p) => (last = p), signal)

    expect(last).toMatchObject({ loaded: 2_050, done: false, failed: { from: 2_050 } })
    expect(String(last?.failed?.error)).toContain('502')
    edge.heal()
    await readRunOperations(edge.readPage, into, (p) => (last = p), signal, 2_050)
    expect(into).toEqual(run)
    expect(last).toEqual({ operations: into, loaded: 4_200, done: true })
  })

  it('stops without a word once the page is left', async () => {
    const edge = edgeOf(operationsOf(10_000))
    const controller = new AbortController()
    const into: Operation[] = []
    const reports: RunOperationsProgress[] = []

    await readRunOperations(
      async (from, limit) => {
        const page = await edge.readPage(from, limit)
        if (from > 0) controller.abort()
        return page
      },
      into,
      (p) => reports.push(p),
      controller.signal,
    )

    expect(into).toHaveLength(FIRST_PAGE)
    expect(reports).toHaveLength(1)
  })
})
