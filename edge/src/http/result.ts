import { AppError, appErrorData, appErrorFrom, type Result } from './app-error'

/**
 * Runs `call` behind an RPC boundary: its value, or the AppError it threw as data. Anything else
 * is a bug and is thrown on (its message is all that crosses).
 */
export function resultOf<T>(call: () => T): Result<T> {
  try {
    return { ok: true, value: call() }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: appErrorData(error) }
    throw error
  }
}

/** A Result's value on this side of the boundary; a refusal is thrown again as an AppError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw appErrorFrom(result.error)
}
