import { compareText } from '@seatkeeper/core'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error'
import { enqueueEdit, flushOutbox, pruneSent, recoverInterrupted, retryEntry } from './flush-outbox'
import type { OutboxEntry } from '../db/outbox-entry'
import type { OutboxStore } from '../db/outbox-store'

function memoryStore() {
  const rows = new Map<string, OutboxEntry>()
  const writes: Array<{ id: string; state: string }> = []
  const store: OutboxStore = {
    list: async () => [...rows.values()].sort((a, b) => compareText(a.createdAt, b.createdAt)),
    put: async (entry) => {
      rows.set(entry.id, entry)
      writes.push({ id: entry.id, state: entry.state })
    },
    remove: async (id) => {
      rows.delete(id)
    },
  }
  return { store, rows, writes }
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute))

async function queueTwo(store: OutboxStore) {
  await enqueueEdit(
    store,
    { kind: 'create-customer', label: 'Create Acme', body: { name: 'Acme' } },
    { id: 'a', now: at(1) },
  )
  await enqueueEdit(
    store,
    {
      kind: 'update-customer',
      label: 'Rename Bolt',
      customerId: 'c-2',
      body: { version: 3, name: 'Bolt Ltd' },
    },
    { id: 'b', now: at(2) },
  )
}

describe('flushOutbox', () => {
  it('sends each pending edit once, oldest first, and marks it sent', async () => {
    const { store, rows } = memoryStore()
    await queueTwo(store)
    const send = vi.fn(async (_entry: OutboxEntry) => undefined)

    const first = await flushOutbox({ store, send, now: () => at(5) })
    const second = await flushOutbox({ store, send, now: () => at(6) })

    expect(send.mock.calls.map(([entry]) => entry.id)).toEqual(['a', 'b'])
    expect(first).toEqual({ sent: 2, conflicts: 0, failed: 0, waiting: 0 })
    expect(second.sent).toBe(0)
    expect(rows.get('a')).toMatchObject({ state: 'sent', attempts: 1, sentAt: at(5).toISOString() })
  })

  it('writes "sending" before the request, so an interrupted send is never repeated blindly', async () => {
    const { store, writes } = memoryStore()
    await queueTwo(store)
    const states: string[] = []
    await flushOutbox({
      store,
      send: async (entry) => {
        states.push(writes.at(-1)?.state ?? '')
        expect(entry.state).toBe('sending')
      },
    })
    expect(states).toEqual(['sending', 'sending'])
  })

  it('stops at the first unreachable answer and keeps the rest pending in order', async () => {
    const { store, rows } = memoryStore()
    await queueTwo(store)
    const send = vi.fn(async () => {
      throw new ApiError('Could not reach the Seatkeeper API', undefined)
    })

    const report = await flushOutbox({ store, send })

    expect(send).toHaveBeenCalledTimes(1)
    expect(report).toEqual({ sent: 0, conflicts: 0, failed: 0, waiting: 2 })
    expect(rows.get('a')?.state).toBe('pending')
    expect(rows.get('b')?.state).toBe('pending')
  })

  it('turns a 409 into a conflict carrying the edge message, and a 400 into a failure', async () => {
    const { store, rows } = memoryStore()
    await queueTwo(store)
    const send = vi.fn(async (entry: OutboxEntry) => {
      if (entry.id === 'a') throw new ApiError('A customer named Acme already exists.', 400)
      throw new ApiError('Bolt was changed by someone else; open it and edit again.', 409)
    })

    const report = await flushOutbox({ store, send })

    expect(report).toEqual({ sent: 0, conflicts: 1, failed: 1, waiting: 0 })
    expect(rows.get('a')).toMatchObject({
      state: 'failed',
      error: 'A customer named Acme already exists.',
    })
    expect(rows.get('b')).toMatchObject({
      state: 'conflict',
      error: expect.stringContaining('someone else'),
    })
  })

  it('does not send conflicted entries again until a person retries them', async () => {
    const { store } = memoryStore()
    await queueTwo(store)
    await flushOutbox({ store, send: async () => Promise.reject(new ApiError('Changed', 409)) })
    const send = vi.fn(async (_entry: OutboxEntry) => undefined)

    await flushOutbox({ store, send })
    expect(send).not.toHaveBeenCalled()

    await retryEntry(store, 'b')
    await flushOutbox({ store, send })
    expect(send.mock.calls.map(([entry]) => entry.id)).toEqual(['b'])
  })
})

describe('recoverInterrupted', () => {
  it('marks entries left "sending" as uncertain with a reason, instead of resending them', async () => {
    const { store, rows } = memoryStore()
    await queueTwo(store)
    await store.put({ ...rows.get('a')!, state: 'sending' })

    expect(await recoverInterrupted(store)).toBe(1)
    expect(rows.get('a')).toMatchObject({
      state: 'uncertain',
      error: expect.stringContaining('may or may not'),
    })
    const send = vi.fn(async (_entry: OutboxEntry) => undefined)
    await flushOutbox({ store, send })
    expect(send.mock.calls.map(([entry]) => entry.id)).toEqual(['b'])
  })
})

describe('pruneSent', () => {
  it('forgets sent entries older than a day and keeps everything else', async () => {
    const { store, rows } = memoryStore()
    await queueTwo(store)
    await flushOutbox({
      store,
      send: async (e) => (e.id === 'a' ? undefined : Promise.reject(new ApiError('x', 409))),
      now: () => at(3),
    })

    await pruneSent(store, new Date(at(3).getTime() + 25 * 3600_000))

    expect([...rows.keys()]).toEqual(['b'])
  })
})

describe('flushOutbox when the sign-in has expired', () => {
  it('keeps every edit pending, in order, for after the person signs in again', async () => {
    const { store, rows } = memoryStore()
    await queueTwo(store)
    const send = vi.fn(async (_entry: OutboxEntry) => {
      throw new ApiError('Your sign-in has expired — sign in again.', 401)
    })

    const report = await flushOutbox({ store, send })

    expect(send).toHaveBeenCalledTimes(1)
    expect(report).toEqual({ sent: 0, conflicts: 0, failed: 0, waiting: 2 })
    expect([...rows.values()].map((e) => [e.id, e.state])).toEqual([
      ['a', 'pending'],
      ['b', 'pending'],
    ])
  })
})
