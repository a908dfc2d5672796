import type { FetchLike } from '../http/types'

export type RecordedCall = {
  url: string
  method: string
  headers: Headers
  body: string | undefined
  redirect: RequestRedirect | undefined
}

/**
 * A fetch that answers from `answer` (by call number, from 0) and records every call, so tests
 * can assert what was sent and that nothing was sent at all.
 */
export function recordingFetch(
  answer: (call: RecordedCall, n: number) => Response | Promise<Response>,
): FetchLike & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = []
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const call: RecordedCall = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
      redirect: init?.redirect,
    }
    calls.push(call)
    return answer(call, calls.length - 1)
  }
  return Object.assign(fetch, { calls })
}

/** A list of answers, one per call; the last repeats. */
export function answers(
  ...list: Array<() => Response>
): (call: RecordedCall, n: number) => Response {
  return (_call, n) => (list[Math.min(n, list.length - 1)] as () => Response)()
}

export const json = (body: unknown, status = 200, headers?: Record<string, string>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
