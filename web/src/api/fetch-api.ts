import { ErrorBodySchema } from '@seatkeeper/core'
import * as v from 'valibot'
import { reportReachable } from '../offline/connectivity'
import { ApiError } from './api-error'

/**
 * Calls the edge API and hands the JSON answer to `parse`, so every page reads failures one way:
 * the edge's one error body (ErrorBodySchema) when it sent one, otherwise a message saying what to check.
 */
export async function fetchApi<T>(
  path: `/api/${string}`,
  parse: (body: unknown) => T,
  init: RequestInit = {},
): Promise<T> {
  const headers = new Headers(init.headers)
  if (!headers.has('accept')) headers.set('accept', 'application/json')

  let response: Response
  try {
    response = await fetch(path, { ...init, headers })
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

  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    throw new ApiError(
      messageFrom(body) ??
        `The Seatkeeper API answered ${response.status} ${response.statusText} to ${path}.`,
      response.status,
      body,
    )
  }
  return parse(body)
}

function messageFrom(body: unknown): string | undefined {
  const parsed = v.safeParse(ErrorBodySchema, body)
  return parsed.success && parsed.output.error.message !== ''
    ? parsed.output.error.message
    : undefined
}
