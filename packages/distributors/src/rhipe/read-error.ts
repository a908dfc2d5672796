import * as v from 'valibot'
import type { ErrorReading } from '../adapter'
import type { HttpResponse } from '../http/types'

/*
 * PRISM's error body is not documented ([I], docs/distributors.md). The fixture error-401.json is
 * ASP.NET Web API's `{ Message }`; IdentityServer answers `{ error, error_description }`; newer
 * ASP.NET answers ProblemDetails. All are read, and an unknown body is simply not described.
 */
const RhipeErrorBodySchema = v.object({
  Message: v.optional(v.nullable(v.string())),
  MessageDetail: v.optional(v.nullable(v.string())),
  error: v.optional(v.nullable(v.string())),
  error_description: v.optional(v.nullable(v.string())),
  title: v.optional(v.nullable(v.string())),
  detail: v.optional(v.nullable(v.string())),
})

const MAX_DETAIL = 300

export function readRhipeError(response: HttpResponse): ErrorReading | undefined {
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    return undefined
  }
  const parsed = v.safeParse(RhipeErrorBodySchema, body)
  if (!parsed.success) return undefined
  const b = parsed.output
  const parts = [b.Message, b.MessageDetail, b.error_description ?? b.error, b.title, b.detail]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim())
  if (parts.length === 0) return undefined
  return { detail: [...new Set(parts)].join(' ').slice(0, MAX_DETAIL) }
}
