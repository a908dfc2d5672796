import * as v from 'valibot'
import { issuePath } from '../http/parse-response'
import { TDSYNNEX_LABEL } from './calls'

export type RecordReading<T> = { ok: true; value: T } | { ok: false; problem: string }

/** The record's own id, when it has one, so a problem names which record was left out. */
function idOf(raw: unknown, idKey: string): string {
  const id = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[idKey] : undefined
  return typeof id === 'string' && id ? ` ${id}` : ''
}

/**
 * One record of a listing, validated on its own: a record that does not fit is left out and named
 * (call, record id, field), never defaulted, and never fails the records around it.
 */
export function readRecord<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  where: { call: string; noun: string; idKey: string },
): RecordReading<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, raw)
  if (parsed.success) return { ok: true, value: parsed.output }
  const issue = parsed.issues[0]
  const field = issuePath(issue) ?? 'the record'
  const found = issue.input === undefined ? 'is missing' : `is not ${issue.expected ?? 'readable'}`
  return {
    ok: false,
    problem: `${TDSYNNEX_LABEL} listed ${where.noun}${idOf(raw, where.idKey)} in ${where.call} with ${field} that ${found}; it was left out.`,
  }
}
