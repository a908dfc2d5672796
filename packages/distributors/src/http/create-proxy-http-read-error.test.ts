import { describe, expect, it } from 'vitest'
import type { ErrorReading } from '../adapter'
import { failure } from '../testing/failure'
import { json, recordingFetch } from '../testing/recording-fetch'
import { createProxyHttp, EDGE_ERROR_HEADER } from './create-proxy-http'
import type { FetchLike, HttpResponse } from './types'

// An adapter's reader in the shape of ALSO's: a "Sender" fault is the caller's mistake whatever
// the status it arrives with; a "Receiver" fault is ALSO failing and worth a retry.
const readError = (res: HttpResponse): ErrorReading | undefined => {
  if (res.text.includes('Sender')) return { kind: 'request', detail: 'Sender fault: Bad account.' }
  if (res.text.includes('Receiver')) return { detail: 'Receiver fault: Internal error.' }
  return undefined
}

function proxy(fetch: FetchLike) {
  return createProxyHttp({
    distributor: 'also',
    label: 'ALSO',
    connectionId: 'conn-1',
    fetch,
    readError,
    hints: { request: 'Check the reseller account id on the connection.' },
    sleep: async () => {},
    random: () => 0.5,
    retry: { baseDelayMs: 1 },
  })
}

const call = {
  call: 'POST GetSubscriptions',
  method: 'POST',
  path: '/GetSubscriptions',
  idempotent: true,
} as const

describe('createProxyHttp with the adapter’s error reader', () => {
  it('reports a refusal the distributor relayed with 500 at once, in its own words, without retrying', async () => {
    const fetch = recordingFetch(() => new Response('<Fault>Sender</Fault>', { status: 500 }))
    const error = await failure(proxy(fetch).json(call))
    expect(error.kind).toBe('request')
    expect(error.message).toContain('Sender fault: Bad account.')
    expect(error.message).not.toMatch(/may be down/i)
    expect(fetch.calls).toHaveLength(1)
  })

  it('still retries a relayed 500 the reader sees as the distributor failing', async () => {
    const fetch = recordingFetch(() => new Response('<Fault>Receiver</Fault>', { status: 500 }))
    const error = await failure(proxy(fetch).json(call))
    expect(error.kind).toBe('unavailable')
    expect(error.message).toContain('Receiver fault: Internal error.')
    expect(fetch.calls.length).toBeGreaterThan(1)
  })

  it('leaves the edge’s own refusals to the edge’s mark, never to the adapter’s reader', async () => {
    const fetch = recordingFetch(() =>
      json(
        {
          error: {
            message: 'Sender: this write needs the page’s own Origin.',
            kind: 'request',
            distributor: 'also',
            call: 'POST /GetSubscriptions',
            status: 403,
          },
        },
        403,
        { [EDGE_ERROR_HEADER]: '1' },
      ),
    )
    const error = await failure(proxy(fetch).json(call))
    expect(error.message).toBe('Sender: this write needs the page’s own Origin.')
    expect(error.message).not.toContain('Sender fault: Bad account.')
  })
})
