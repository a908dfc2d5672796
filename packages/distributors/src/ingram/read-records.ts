import * as v from 'valibot'
import { issuePath } from '../http/parse-response'

export type RecordsRead<T> = { records: T[]; problems: string[] }

function idOf(raw: unknown): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '(no id)'
}

/**
 * Checks a page's records one by one: a record that does not fit is left out and named (its id and
 * field), so one odd record makes the listing incomplete rather than stopping it or being guessed.
 */
export function readRecords<S extends v.GenericSchema>(
  schema: S,
  raw: unknown[],
  describe: { label: string; call: string; noun: string },
): RecordsRead<v.InferOutput<S>> {
  const records: v.InferOutput<S>[] = []
  const problems: string[] = []
  for (const item of raw) {
    const parsed = v.safeParse(schema, item)
    if (parsed.success) {
      records.push(parsed.output)
      continue
    }
    const issue = parsed.issues[0]
    const field = issuePath(issue) ?? 'the record'
    problems.push(
      `${describe.label} listed ${describe.noun} ${idOf(item)} on ${describe.call} with ${field} that could not be read (${issue.message}); it was left out.`,
    )
  }
  return { records, problems }
}
