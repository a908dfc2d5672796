import type { ErrorBody } from '@seatkeeper/core'

/** The one JSON shape every failed /api request answers with (ErrorBodySchema in core's api/). */
export function errorBody(message: string, field?: string): ErrorBody {
  return { error: field === undefined ? { message } : { message, field } }
}
