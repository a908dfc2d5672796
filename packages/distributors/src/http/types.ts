export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>

export type HttpRequest = {
  /** Names the call in errors and logs, e.g. "GET /customers". */
  call: string
  method: 'GET' | 'POST'
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
}
