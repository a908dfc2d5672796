import type { Context } from 'hono'
import * as v from 'valibot'
import { fieldError } from './field-error'

/** The request's JSON body checked against `schema`; else a 400 naming the first field at fault. */
export async function parseBody<TSchema extends v.GenericSchema>(
  c: Context,
  schema: TSchema,
): Promise<v.InferOutput<TSchema>> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw fieldError(undefined, 'The request body is not valid JSON.')
  }
  const result = v.safeParse(schema, body)
  if (result.success) return result.output
  const issue = result.issues[0]
  const field = v.getDotPath(issue) ?? undefined
  throw fieldError(field, `${field ?? 'The request body'} ${expectation(issue)}.`)
}

// Valibot's own messages quote the received value, which may be a secret: say only what was expected.
function expectation(issue: v.GenericIssue): string {
  const requirement = issue.requirement
  if (issue.received === 'undefined') return 'is required'
  if (issue.type === 'min_length')
    return requirement === 1
      ? 'must not be empty'
      : `must have at least ${String(requirement)} characters`
  if (issue.type === 'max_length') return `must have at most ${String(requirement)} characters`
  return `must be ${issue.expected ?? 'of a different type'}`
}
