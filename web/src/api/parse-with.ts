import * as v from 'valibot'
import { ApiError } from './api-error'

/**
 * A parser for `fetchApi` from a valibot schema. A wrong shape is a contract error (the web app and
 * the Worker are from different builds), told apart from an HTTP error by its wording.
 */
export function parseWith<S extends v.GenericSchema>(schema: S, what: string) {
  return (body: unknown): v.InferOutput<S> => {
    const result = v.safeParse(schema, body)
    if (result.success) return result.output
    const issue = result.issues[0]
    const path = issue ? v.getDotPath(issue) : null
    throw new ApiError(
      `${what} answered, but not in the shape this page expects` +
        (issue ? ` (${path ? `${path}: ` : ''}${issue.message})` : '') +
        '. The web app and the Worker are probably from different builds: run `pnpm build` and reload.',
      200,
      body,
    )
  }
}
