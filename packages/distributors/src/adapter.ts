import type { ExternalCustomer, ExternalSubscription } from '@seatkeeper/core'
import type { DistributorErrorKind } from './errors'
import type { DistributorHttp, FetchLike, HttpResponse } from './http/types'

/** One input of a distributor's connection form. */
export type CredentialField = {
  key: string
  label: string
  /** Where in the distributor's portal the value is found, or what the account needs. */
  help: string
  /** Secrets are write-only: stored encrypted, never shown or returned again. */
  secret?: boolean
  required: boolean
  /** A choice from fixed values (region, environment, marketplace); never a free URL. */
  options?: ReadonlyArray<{ value: string; label: string }>
  /**
   * Found by Test Configuration from the other fields (Autotask's zone from the API user name) and
   * saved with the connection: it may be left blank until then.
   */
  discovered?: boolean
  /** A free value's form: the whole value must match `pattern` (a RegExp source); `hint` says how. */
  format?: { pattern: string; hint: string }
}

/** What a user entered for one connection: plain settings and secrets, by field key. */
export type ConnectionCredentials = {
  config: Readonly<Record<string, string>>
  secrets: Readonly<Record<string, string>>
}

/** Hosts an adapter talks to; the proxy and the edge refuse any other. */
export type Endpoints = {
  /** API base, e.g. "https://xsp.arrow.com/index.php/api". Paths are appended to it. */
  baseUrl: string
  /** Token endpoint, when auth is a separate host (OAuth2 identity servers). */
  authUrl?: string
}

/** A cache for tokens an adapter exchanges, so one run (or one Worker isolate) logs in once. */
export type TokenCache = {
  get(key: string): { value: string; expiresAt: number } | undefined
  set(key: string, value: string, expiresAt: number): void
  delete(key: string): void
}

/** What one exchange of a secret that changes on use gives back. */
export type SecretRotation<T> = {
  /** The secrets that replace the ones used (merged over them by field key), e.g. the new refresh token. */
  secrets: Record<string, string>
  /** When the new secrets stop working unless used again (ISO date-time), if known. */
  expiresAt?: string
  /** What the exchange produced for the caller (an access token). */
  result: T
}

/**
 * Secrets that change on use, such as a rotating refresh token: using one spends it. The store runs
 * one exchange at a time per connection, hands it the secrets as they are now (not as they were
 * when the run started) and persists what it returns before the next exchange may start, so two
 * runs never both spend the same one. Adapters whose secrets never change ignore it.
 */
export type RotatingSecrets = {
  rotate<T>(
    exchange: (current: Readonly<Record<string, string>>) => Promise<SecretRotation<T>>,
  ): Promise<T>
}

export type AuthContext = {
  fetch: FetchLike
  credentials: ConnectionCredentials
  endpoints: Endpoints
  cache: TokenCache
  /** Cache key unique to the connection (its id). */
  cacheKey: string
  now: () => number
  /** The connection's store for secrets that change on use; the direct client always sets it. */
  rotation?: RotatingSecrets
}

/** Headers to add to each call to the distributor's API. */
export type AuthHeaders = Record<string, string>

/**
 * A list as the distributor gave it. `complete: false` means some part could not be read (and
 * `problems` says which); a planner never treats an absence from an incomplete listing as a deletion.
 */
export type Listing<T> = {
  items: T[]
  complete: boolean
  problems: string[]
}

/** One method + path pattern the proxy may forward for this adapter, e.g. GET /customers. */
export type UpstreamRoute = { method: 'GET' | 'POST'; path: RegExp }

export type TestResult = { ok: true; message: string; details?: Record<string, string> }

/** What a distributor's own error body says, read by the adapter (ALSO XML faults, ProblemDetails…). */
export type ErrorReading = {
  /** The distributor's own words, safe to show (never echoes a secret). */
  detail?: string
  /** The session/token is no longer valid: drop the cached token, log in again, retry once. */
  sessionExpired?: boolean
  /** How long the distributor asked us to wait (e.g. Sherweb's "Try again in N seconds"). */
  retryAfterMs?: number
  /**
   * What the body itself says failed, whatever the status: ALSO sends a refused request (a Sender
   * fault) with 500, which must be reported as a request error at once, not retried as an outage.
   */
  kind?: DistributorErrorKind
}

/** Where the app runs: the sandbox environment exists only in local mode, at a fixed origin. */
export type RuntimeEnv = { sandboxOrigin?: string }

/**
 * What the shared HTTP client needs of any upstream system, distributor or PSA: its name, fixed
 * hosts, pacing, error reading, advice and login. One client (createDirectHttp), one error family
 * (DistributorError, whose `distributor` is this id) and one retry policy serve both kinds of
 * adapter; @seatkeeper/psa's adapters extend this too.
 */
export interface UpstreamConnector {
  /** Adapter id, e.g. "sherweb" or "halopsa". */
  id: string
  label: string
  fields: ReadonlyArray<CredentialField>
  /**
   * Resolves fixed hosts from the region/environment choices; throws on an unknown choice.
   * Environment "sandbox" resolves to `${env.sandboxOrigin}/${id}` and is refused without it.
   */
  endpoints(config: Readonly<Record<string, string>>, env?: RuntimeEnv): Endpoints
  /** The upstream's request rate the shared client paces itself to (documented or assumed). */
  rateLimit: { requestsPerSecond: number; burst: number }
  /** Reads an upstream's error body (also a 200 that is really a fault, as ALSO sends). */
  readError?(response: HttpResponse): ErrorReading | undefined
  /** What to tell the user per error kind, e.g. where in the portal to check the secret. */
  hints: Partial<Record<DistributorErrorKind, string>>
  /** Edge only: exchanges credentials for headers (token cached until shortly before expiry). */
  authorize(ctx: AuthContext): Promise<AuthHeaders>
  /** Paths the browser may reach through the edge proxy. */
  upstreamRoutes: ReadonlyArray<UpstreamRoute>
  /** The cheapest call that proves the credentials work; throws a DistributorError otherwise. */
  testConfiguration(http: DistributorHttp): Promise<TestResult>
}

export interface DistributorAdapter extends UpstreamConnector {
  listCustomers(http: DistributorHttp): Promise<Listing<ExternalCustomer>>
  /** All subscriptions, or one customer's (by its externalId) when given. */
  listSubscriptions(
    http: DistributorHttp,
    customerExternalId?: string,
  ): Promise<Listing<ExternalSubscription>>
  /**
   * The subscriptions of these customers, already listed in this run: a listing split into steps
   * of a few hundred customers each (the sync workflow, docs/integrator.md). Only adapters whose
   * API reads subscriptions one customer at a time have it (Sherweb, ALSO), and Ingram Micro, whose
   * details call per subscription would make one step too many calls; the others read every
   * subscription in a few paged calls, in one step. Its `complete` speaks for these customers only.
   * `onCustomerRead` is told each time one customer's subscriptions are all read: the step's
   * progress in customers, whatever the calls per customer.
   */
  listSubscriptionsOf?(
    http: DistributorHttp,
    customers: readonly ExternalCustomer[],
    onCustomerRead?: () => void,
  ): Promise<Listing<ExternalSubscription>>
}

/**
 * Where the browser's Import Customers and Import Subscriptions (all customers) list this
 * distributor. An API that reads subscriptions one customer at a time (listSubscriptionsOf: ALSO,
 * Sherweb; Ingram Micro, whose details call per subscription took 731 s) took 599–724 s at 3,000
 * customers through the proxy (docs/benchmarks.md
 * "Distributors"), so it lists at the edge, in a sync workflow the tab may be closed on; the
 * others answer in a few paged calls (0.8–34 s at 3,000 customers) and list through the proxy,
 * which starts at once (docs/integrator.md "Imports that list at the edge").
 */
export function importListsAtEdge(adapter: DistributorAdapter): boolean {
  return adapter.listSubscriptionsOf !== undefined
}
