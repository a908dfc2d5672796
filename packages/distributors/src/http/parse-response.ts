import * as v from 'valibot'
import { DistributorError } from '../errors'

/** "data.customers[3].Reference" from a valibot issue path; undefined for the body itself. */
export function issuePath(issue: v.BaseIssue<unknown>): string | undefined {
  let out = ''
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? undefined : out
}

type SchemaNode = {
  expects?: string
  entries?: Record<string, SchemaNode>
  item?: SchemaNode
  value?: SchemaNode
  wrapped?: SchemaNode
}

// valibot names only the key of a missing field ("Reference"), not its type, so the type is
// looked up by walking the schema along the issue's path.
function expectedAt(schema: SchemaNode, issue: v.BaseIssue<unknown>): string | undefined {
  let node: SchemaNode | undefined = schema
  for (const item of issue.path ?? []) {
    while (node?.wrapped) node = node.wrapped
    const key = (item as { key: unknown }).key
    node = node?.entries ? node.entries[String(key)] : (node?.item ?? node?.value)
  }
  while (node?.wrapped) node = node.wrapped
  return node?.expects
}

// What was found, in words; short strings are quoted so an unexpected enum value shows itself,
// long ones are not echoed (they are data, and may be personal).
function describe(issue: v.BaseIssue<unknown>): string {
  const input = issue.input
  const pathKnown = issue.path !== undefined && issue.path.length > 0
  if (input === undefined) return pathKnown ? 'is missing' : 'is empty'
  if (input === null) return 'is null'
  if (typeof input === 'string')
    return input.length <= 40 ? `is ${JSON.stringify(input)}` : 'is a long string'
  if (typeof input === 'number' || typeof input === 'boolean') return `is ${String(input)}`
  if (Array.isArray(input)) return 'is a list'
  return `is ${typeof input === 'object' ? 'an object' : `a ${typeof input}`}`
}

/**
 * Validates a distributor's answer. A record that does not fit stops the listing with a contract
 * error naming the field, rather than importing half a list silently.
 */
export function parseResponse<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  where: { distributor: string; label: string; call: string },
): v.InferOutput<S> {
  const result = v.safeParse(schema, data)
  if (result.success) return result.output
  const issue = result.issues[0]
  const field = issuePath(issue)
  const missingKey = issue.input === undefined && issue.path?.at(-1)?.origin === 'key'
  const wanted = missingKey ? expectedAt(schema as unknown as SchemaNode, issue) : issue.expected
  // A picklist's expectation comes parenthesised already: ("a" | "b").
  const expected = wanted ? ` (expected ${wanted.replace(/^\((.*)\)$/, '$1')})` : ''
  const extra =
    result.issues.length > 1 ? ` ${result.issues.length - 1} more problem(s) were found.` : ''
  throw new DistributorError({
    kind: 'contract',
    distributor: where.distributor,
    call: where.call,
    ...(field !== undefined ? { field } : {}),
    message:
      `${where.label} answered ${where.call} with data we cannot read: ${field ?? 'the body'} ${describe(issue)}${expected}.` +
      `${extra} The distributor may have changed its API; report this as a Seatkeeper bug.`,
  })
}
