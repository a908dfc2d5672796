import * as v from 'valibot'
import {
  errorBodyJson,
  errorDetail,
  type ErrorReading,
  type HttpResponse,
} from '@seatkeeper/distributors'

const AtErrorSchema = v.object({
  errors: v.nullish(v.array(v.string())),
  message: v.nullish(v.string()),
})

/**
 * Autotask's `{"errors": ["…"]}` (sometimes `message`) [C: django-autotask]. Some permission
 * failures come as 500 with "does not have the adequate permissions" [C]: read as forbidden, not an
 * outage to retry.
 */
export function readAtError(response: HttpResponse): ErrorReading | undefined {
  const parsed = v.safeParse(AtErrorSchema, errorBodyJson(response.text))
  if (!parsed.success) return undefined
  const detail = errorDetail(
    [...(parsed.output.errors ?? []), parsed.output.message ?? ''].filter(Boolean).join(' '),
  )
  if (!detail) return undefined
  return /adequate permissions/i.test(detail) ? { detail, kind: 'forbidden' } : { detail }
}
