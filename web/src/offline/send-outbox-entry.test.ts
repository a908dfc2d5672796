import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OutboxEntry } from '../db/outbox-entry'
import { sendOutboxEntry } from './send-outbox-entry'

const created = { id: 'cus_1', name: 'Acme', inactive: false, version: 1 }

function entry(extra: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: 'entry-1',
    createdAt: '2026-01-01T09:00:00.000Z',
    label: 'Create customer “Acme”',
    state: 'pending',
    attempts: 0,
    kind: 'create-customer',
    body: { name: 'Acme' },
    ...extra,
  } as OutboxEntry
}

/** The Idempotency-Key of each request the browser sent. */
function keysSent(): Array<string | null> {
  const fetchMock = vi.mocked(fetch)
  return fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('idempotency-key'))
}

describe('sendOutboxEntry', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('sends a queued create with the key it was stored with, on every resend', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(created), { status: 201 })),
    )
    const queued = entry({ idempotencyKey: 'intent-42' } as Partial<OutboxEntry>)
    await sendOutboxEntry(queued)
    await sendOutboxEntry(queued)
    expect(keysSent()).toEqual(['intent-42', 'intent-42'])
  })

  it('uses the entry id as the key for an entry queued before keys were stored', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(created), { status: 201 })),
    )
    await sendOutboxEntry(entry())
    expect(keysSent()).toEqual(['entry-1'])
  })
})
