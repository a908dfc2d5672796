import { ApiError } from './api-error'

/** The input an API error names (`error.field`), for showing the message beside it. */
export function errorField(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  const body = error.body
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined
  const inner = body.error
  if (typeof inner !== 'object' || inner === null || !('field' in inner)) return undefined
  return typeof inner.field === 'string' ? inner.field : undefined
}
