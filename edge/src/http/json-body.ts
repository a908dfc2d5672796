import { vValidator } from '@hono/valibot-validator'
import type * as v from 'valibot'
import { bodyRefusal } from './body-refusal'

/**
 * A route's JSON body, validated against its schema from core's api/ before the handler runs
 * (read with `c.req.valid('json')`); a body that does not fit is the 400 naming its field.
 */
export function jsonBody<TSchema extends v.GenericSchema>(schema: TSchema) {
  return vValidator('json', schema, (result) => {
    if (!result.success) throw bodyRefusal(result.issues)
  })
}
