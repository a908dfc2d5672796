import { expect } from 'vitest'
import { DistributorError } from '../errors'

/** Test support: awaits a promise that must reject with a DistributorError, and returns the error. */
export async function failure(promise: Promise<unknown>): Promise<DistributorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DistributorError)
  return error as DistributorError
}
