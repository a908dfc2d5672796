import { ErrorBodySchema } from '@seatkeeper/core'
import * as v from 'valibot'
import { ApiError } from './api-error'

/** The input an API error names (`error.field`), for showing the message beside it. */
export function errorField(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  const body = v.safeParse(ErrorBodySchema, error.body)
  return body.success ? body.output.error.field : undefined
}
