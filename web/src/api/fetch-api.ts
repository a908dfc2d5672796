import { ErrorBodySchema } from '@seatkeeper/core'
import * as v from 'valibot'
import { reportReachable } from '../network/connectivity'
import { ApiError } from './api-error'
import { reportSignIn } from './sign-in-state'

/** What every page shows for an expired Access session; the banner says how to sign in. */
export const SIGN_IN_EXPIRED_MESSAGE =
  'Your sign-in has expired — sign in again. Unsent edits are kept in this browser.'

/**
 * Calls the edge API and hands the JSON answer to `parse`, so every page reads failures one way:
 * the edge's one error body (ErrorBodySchema) when it sent one, otherwise a message saying what to check.
 */
export async function fetchApi<T>(
  path: `/api/${string}`,
  parse: (body: unknown) => T,
  init: RequestInit = {},
): Promise<T> {
  const response = await fetchResponse(path, init)
  return parse(await response.json().catch(() => undefined))
}

/**
 * `fetchApi` up to a successful answer, whose body the caller reads itself (a stream); every
 * failure is the same ApiError `fetchApi` throws.
 */
export async function fetchResponse(
  path: `/api/${string}`,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers)
  if (!headers.has('accept')) headers.set('accept', 'application/json')

  let response: Response
  try {
    // Access answers an expired session with a redirect to its login page on another origin;
    // followed, that is a CORS failure indistinguishable from being offline. Never followed, it is
    // an opaque redirect we can name (docs/security.md).
    response = await fetch(path, { redirect: 'manual', ...init, headers })
  } catch (cause) {
    // An aborted request (the query was cancelled) is not a failure to report.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    reportReachable(false)
    throw new ApiError(
      `Could not reach the Seatkeeper API (${path}). Check your network connection; ` +
        'when running locally, check that “pnpm start” is still running.',
      undefined,
    )
  }
  reportReachable(true)
  if (response.type === 'opaqueredirect' || response.status === 401) {
    reportSignIn(false)
    throw new ApiError(SIGN_IN_EXPIRED_MESSAGE, 401)
  }
  reportSignIn(true)

  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined)
    throw new ApiError(
      messageFrom(body) ??
        `The Seatkeeper API answered ${response.status} ${response.statusText} to ${path}.`,
      response.status,
      body,
    )
  }
  return response
}

function messageFrom(body: unknown): string | undefined {
  const parsed = v.safeParse(ErrorBodySchema, body)
  return parsed.success && parsed.output.error.message !== ''
    ? parsed.output.error.message
    : undefined
}
