/*
 * What the read-error modules of every adapter share: an error body read as JSON when it is JSON,
 * and the distributor's own words trimmed and capped — long enough for any real message, short
 * enough that a body echoing a request stays out of view.
 */
export const MAX_ERROR_DETAIL = 300

/** An error body as JSON, or undefined when it is not JSON (an HTML error page, XML, nothing). */
export function errorBodyJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The distributor's words, trimmed and capped at MAX_ERROR_DETAIL; undefined when empty. */
export function errorDetail(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim()
  if (!trimmed) return undefined
  return trimmed.length > MAX_ERROR_DETAIL ? `${trimmed.slice(0, MAX_ERROR_DETAIL)}…` : trimmed
}
