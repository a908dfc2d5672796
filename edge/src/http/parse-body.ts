import type { Context } from 'hono'
import * as v from 'valibot'
import { AppError } from './app-error'
import { bodyRefusal } from './body-refusal'

/**
 * The request's JSON body checked against `schema`; else a 400 naming the first field at fault.
 * For handlers that read the body themselves; a route declares it with `jsonBody(schema)` instead.
 */
export async function parseBody<TSchema extends v.GenericSchema>(
  c: Context,
  schema: TSchema,
): Promise<v.InferOutput<TSchema>> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new AppError('invalid', 'The request body is not valid JSON.')
  }
  const result = v.safeParse(schema, body)
  if (result.success) return result.output
  throw bodyRefusal(result.issues)
}
