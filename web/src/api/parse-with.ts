import * as v from 'valibot'
import { ApiError } from './api-error'

/**
 * A parser for `fetchApi` from a valibot schema. A wrong shape is a contract error (the web app and
 * the Worker are from different builds), told apart from an HTTP error by its wording.
 */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  what: string,
  /** Where `body` sits in the answer, for a part of one checked on its own ("runs.0.operations"). */
  at?: { path: string; offset: number },
) {
  return (body: unknown): v.InferOutput<S> => {
    const result = v.safeParse(schema, body)
    if (result.success) return result.output
    const issue = result.issues[0]
    const path = issue ? placed(v.getDotPath(issue), at) : null
    throw new ApiError(
      `${what} answered, but not in the shape this page expects` +
        (issue ? ` (${path ? `${path}: ` : ''}${issue.message})` : '') +
        '. The web app and the Worker are probably from different builds: run `pnpm build` and reload.',
      200,
      body,
    )
  }
}

/** A path inside a part ("12.after.name" of a slice from 2,000 on) as a path in the answer. */
function placed(path: string | null, at: { path: string; offset: number } | undefined) {
  if (!at) return path
  const [index, ...rest] = (path ?? '').split('.')
  const n = Number(index)
  return [at.path, ...(index === '' || Number.isNaN(n) ? [] : [String(at.offset + n)]), ...rest]
    .filter(Boolean)
    .join('.')
}
