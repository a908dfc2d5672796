import * as v from 'valibot'
import { AppError } from './app-error'

/**
 * A request body that does not fit its schema, as the 400 naming the first field at fault.
 * Valibot's own messages quote the received value, which may be a secret: say only what was expected.
 */
export function bodyRefusal(issues: readonly v.BaseIssue<unknown>[]): AppError {
  const issue = issues[0]
  if (!issue) return new AppError('invalid', 'The request body does not fit what this call takes.')
  const field = v.getDotPath(issue) ?? undefined
  return new AppError('invalid', `${field ?? 'The request body'} ${expectation(issue)}.`, {
    ...(field !== undefined ? { field } : {}),
  })
}

function expectation(issue: v.BaseIssue<unknown>): string {
  const requirement = issue.requirement
  if (issue.received === 'undefined') return 'is required'
  if (issue.type === 'min_length')
    return requirement === 1
      ? 'must not be empty'
      : `must have at least ${String(requirement)} characters`
  if (issue.type === 'max_length') return `must have at most ${String(requirement)} characters`
  // A message the schema wrote itself (core's api/ and model) says what is expected without
  // quoting the value; valibot's defaults ("Invalid …: Expected … but received …") do quote it.
  if (!issue.message.startsWith('Invalid ')) return issue.message
  return `must be ${issue.expected ?? 'of a different type'}`
}
