import type { Customer, Operation } from '@seatkeeper/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANGES_CHECK_SLICE, fetchChanges } from './register-api'

const customer = (n: number): Customer => ({
  id: `cus-${n}`,
  name: `Customer ${n}`,
  inactive: false,
  version: 1,
})
const creates = (count: number): Operation[] =>
  Array.from({ length: count }, (_, n) => ({ op: 'createCustomer', after: customer(n) }))

function answer(body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body))),
  )
}

describe('fetchChanges', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('checks a big run a slice at a time, giving the page back between slices', async () => {
    const operations = creates(2 * CHANGES_CHECK_SLICE + 1)
    answer({
      kind: 'changes',
      version: 5,
      more: false,
      runs: [{ runId: 'run-1', baseVersion: 4, version: 5, operations }],
    })
    const pause = vi.fn(async () => undefined)

    const page = await fetchChanges(4, { pause })

    expect(page).toEqual({
      kind: 'changes',
      version: 5,
      more: false,
      runs: [{ runId: 'run-1', baseVersion: 4, version: 5, operations }],
    })
    expect(pause).toHaveBeenCalledTimes(3)
  })

  it('names the operation and field that do not fit, counted from the start of the run', async () => {
    const operations: unknown[] = creates(CHANGES_CHECK_SLICE + 10)
    operations[CHANGES_CHECK_SLICE + 3] = { op: 'createCustomer', after: { id: 'cus-x' } }
    answer({
      kind: 'changes',
      version: 3,
      more: false,
      runs: [
        { runId: 'run-1', baseVersion: 1, version: 2, operations: creates(1) },
        { runId: 'run-2', baseVersion: 2, version: 3, operations },
      ],
    })

    await expect(fetchChanges(1, { pause: async () => undefined })).rejects.toThrow(
      `GET /api/register/changes answered, but not in the shape this page expects (runs.1.operations.${CHANGES_CHECK_SLICE + 3}.after.name:`,
    )
  })

  it('hands on "take a snapshot" as it is', async () => {
    answer({ kind: 'snapshot', version: 9, reason: 'The register was reset.' })
    await expect(fetchChanges(12)).resolves.toEqual({
      kind: 'snapshot',
      version: 9,
      reason: 'The register was reset.',
    })
  })
})
