/** Why an Access token was refused. Each reason maps to one user-facing sentence. */
export type AccessJwtProblem =
  | 'malformed'
  | 'algorithm'
  | 'unknown-key'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'expired'
  | 'not-yet-valid'

/**
 * A token that must not be trusted. The message names the check that failed and never contains
 * the token or any of its claims: a rejected token may still be someone's live session.
 */
export class AccessJwtError extends Error {
  readonly problem: AccessJwtProblem

  constructor(problem: AccessJwtProblem, message: string) {
    super(message)
    this.name = 'AccessJwtError'
    this.problem = problem
  }
}
