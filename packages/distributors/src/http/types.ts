import type { StreamLimits } from './read-or-stream-body'
import type { RawAnswer, StreamedAnswer } from './send-fetch'

export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>

export type HttpRequest = {
  /** Names the call in errors and logs, e.g. "GET /customers". */
  call: string
  /** PATCH only for PSA writes (ConnectWise additions); distributors read with GET and POST. */
  method: 'GET' | 'POST' | 'PATCH'
  /** Appended to the adapter's baseUrl; must start with "/". */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  /** Sent as JSON. */
  body?: unknown
  headers?: Record<string, string>
  /** Reads sent as POST (ArrowSphere find, ALSO, Dicker Data) set this so they may be retried. */
  idempotent?: boolean
  /** Skip auth headers (the token exchange itself). */
  anonymous?: boolean
}

export type HttpResponse = {
  status: number
  headers: Headers
  /** The raw body text. */
  text: string
}

/**
 * An authorised client bound to one connection. On the edge it calls the distributor directly
 * (authorize → headers, refresh once on 401, retries); in the browser it goes through the edge proxy.
 * It throws DistributorError for every non-2xx answer that retries could not cure.
 */
export interface DistributorHttp {
  readonly distributor: string
  /**
   * The connection's plain settings (never its secrets), for an adapter whose calls need one of
   * them (ALSO's optional reseller account id). Absent when the client was made without them.
   */
  readonly config?: Readonly<Record<string, string>>
  request(req: HttpRequest): Promise<HttpResponse>
  /** request() then JSON.parse; a body that is not JSON is a contract error naming the call. */
  json(req: HttpRequest): Promise<unknown>
  /**
   * Told by a paged listing how far it is: `done` of `total` pages, once its first page says how
   * many there are (readLaterPages). What a long read shows a person; absent, nobody listens.
   */
  readonly onPage?: PageProgress
}

/** `done` of `total` pages of one listing read. */
export type PageProgress = (done: number, total: number) => void

/** Upstream calls made (retries and token exchanges included), retries, and ms spent waiting. */
export type HttpStats = { calls: number; retries: number; waitedMs: number }

/** One call to send as it is: the URL is built and checked by the caller (the edge's proxy). */
export type SendRequest = {
  /** Names the call in errors, e.g. "GET /customers" (never with its query). */
  call: string
  method: string
  url: string
  /** Sent as given; the connection's auth headers are added. */
  headers: Record<string, string>
  body?: string | Uint8Array<ArrayBuffer>
  anonymous?: boolean
  /**
   * An answer read whole that is longer than this is a contract error and is not read further.
   * Default: no cap.
   */
  maxBytes?: number
  /** Hand a long 2xx answer back as a stream instead of reading it whole (the proxy's relay). */
  stream?: StreamLimits
  /** The caller's deadline for the whole call, token exchange included. */
  signal?: AbortSignal
}

export type DirectHttp = DistributorHttp & {
  readonly stats: HttpStats
  /**
   * The lower half of request(): one call with the connection's auth, a fresh login and one more
   * try after a 401 or an expired session, no redirect followed, every DistributorError thrown
   * redacted of the connection's secrets. No retries, no status check: the answer is the
   * distributor's, whatever its status, for the edge's proxy to relay; with `stream`, a 2xx
   * answer longer than `stream.above` comes back as a stream (readOrStreamBody).
   */
  send(req: SendRequest & { stream: StreamLimits }): Promise<RawAnswer | StreamedAnswer>
  send(req: SendRequest): Promise<RawAnswer>
}
