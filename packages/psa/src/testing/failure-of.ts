import { DistributorError } from '@seatkeeper/distributors'

/** The DistributorError a call ends in; a test fails if it succeeds or throws anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<DistributorError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DistributorError) return error
    throw error
  }
  throw new Error('expected a DistributorError')
}
