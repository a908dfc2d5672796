/** A failed call to the Seatkeeper API, carrying a message written for the person using the app. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** HTTP status, or undefined when the API could not be reached at all. */
  readonly status: number | undefined
  /** The error answer's parsed JSON body, for callers that read more than the message (a 409's `version`). */
  readonly body: unknown

  constructor(message: string, status: number | undefined, body?: unknown) {
    super(message)
    this.status = status
    this.body = body
  }

  /** True when the Access session ran out: signing in again (not retrying) is what helps. */
  get signInExpired(): boolean {
    return this.status === 401
  }

  /** True when the request never got an answer: the network (or the Worker) is down. */
  get unreachable(): boolean {
    return this.status === undefined
  }
}

/** Whether `error` means "no network" rather than "the API said no". */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && error.unreachable
}

/**
 * The failure of a read when the API cannot be reached and this browser keeps no copy of `what`:
 * never saved here, or the browser's storage was cleared (by the person, or evicted). Still
 * `unreachable`, so the outbox and retries treat it as no network.
 */
export function noOfflineCopy(what: string, path: string): ApiError {
  return new ApiError(
    `You are offline and this browser keeps no copy of ${what} (it was never saved here, or ` +
      `the browser's storage was cleared). Reconnect to the network to load it.`,
    undefined,
    // The API path (with its ids) is for support, kept out of the words a person reads.
    { path },
  )
}
