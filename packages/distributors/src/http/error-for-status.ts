import { DistributorError, type DistributorErrorKind } from '../errors'

/** Which adapter and call an error is about, in the words the user sees. */
export type CallSite = {
  /** Adapter id, e.g. "sherweb". */
  distributor: string
  /** Adapter label, e.g. "Sherweb". */
  label: string
  /** e.g. "GET /customers" — never the query string, which may carry ids or keys. */
  call: string
}

export type StatusProblem = CallSite & {
  status: number
  /** The adapter's advice per kind (`adapter.hints`). */
  hints?: Partial<Record<DistributorErrorKind, string>>
  /** The distributor's own words (`adapter.readError(res).detail`), safe to show. */
  detail?: string
  retryAfterMs?: number
  /** The kind the distributor's body states (`ErrorReading.kind`), over the status's. */
  kind?: DistributorErrorKind
}

/** The one place an HTTP status becomes an error kind. */
export function kindForStatus(status: number): DistributorErrorKind {
  if (status === 401) return 'auth'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'unavailable'
  // Other 4xx, and 3xx: redirects are never followed (the proxy must not be steered to another
  // host), so a redirect means the request went somewhere it should not.
  return 'request'
}

const WHAT_HAPPENED: Record<DistributorErrorKind, string> = {
  auth: 'rejected the credentials',
  forbidden: 'refused access',
  'not-found': 'did not find what was asked for',
  'rate-limited': 'asked us to slow down',
  unavailable: 'is not answering normally',
  request: 'rejected the request',
  contract: 'answered with data we cannot read',
}

const NEXT_STEP: Record<DistributorErrorKind, string> = {
  auth: "Check the credentials saved on this connection; they may have been changed or revoked in the distributor's portal.",
  forbidden:
    'The credentials work but the account lacks a permission this call needs; check its role in the distributor portal.',
  'not-found':
    "Check the connection's region and environment; if they are right, the distributor may have moved this API.",
  'rate-limited': 'Wait a few minutes and try again; Seatkeeper already slowed down and retried.',
  unavailable:
    'The distributor may be down or overloaded; Seatkeeper already retried. Try again later.',
  request: "Check the connection's settings; if they are right, report this as a Seatkeeper bug.",
  contract: 'The distributor may have changed its API; report this as a Seatkeeper bug.',
}

/** Advice for a kind: the adapter's own hint when it has one, else a generic next step. */
export function nextStep(
  kind: DistributorErrorKind,
  hints?: Partial<Record<DistributorErrorKind, string>>,
): string {
  return hints?.[kind] ?? NEXT_STEP[kind]
}

/**
 * "<Label> <what happened> (<status>) on <call>. <hint>" plus the distributor's own detail.
 * Only the call name goes in, never a URL, header or body, so no secret can leak into it.
 */
export function errorForStatus(problem: StatusProblem): DistributorError {
  const kind = problem.kind ?? kindForStatus(problem.status)
  const what =
    problem.status >= 300 && problem.status < 400
      ? 'answered with a redirect, which is not followed,'
      : WHAT_HAPPENED[kind]
  const wait =
    kind === 'rate-limited' && problem.retryAfterMs !== undefined
      ? ` It asked to wait ${Math.ceil(problem.retryAfterMs / 1000)} s.`
      : ''
  const detail = problem.detail ? ` ${problem.label} said: "${problem.detail}"` : ''
  return new DistributorError({
    kind,
    distributor: problem.distributor,
    call: problem.call,
    status: problem.status,
    ...(problem.retryAfterMs !== undefined ? { retryAfterMs: problem.retryAfterMs } : {}),
    message: `${problem.label} ${what} (${problem.status}) on ${problem.call}.${wait} ${nextStep(kind, problem.hints)}${detail}`,
  })
}
