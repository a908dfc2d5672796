import { AppError } from '../http/app-error'

/**
 * The vault's failures: AppErrors (plain classes, no HTTP types), so a route lets them through to
 * onError, which answers with the message; the integrator and the proxy tell them apart by class.
 * No message ever contains key material or a secret: only secret names, key ids and connection ids.
 */

/** No connection has this id. */
export class ConnectionNotFoundError extends AppError {
  readonly connectionId: string
  constructor(connectionId: string) {
    super(
      'not-found',
      `There is no connection "${connectionId}". It may have been deleted; reload the Connections page.`,
    )
    this.name = 'ConnectionNotFoundError'
    this.connectionId = connectionId
  }
}

/**
 * A connection's saved secrets cannot be opened: sealed with a key this edge no longer has, copied
 * from another connection's record, or altered. Nothing is decrypted or sent upstream (fail closed).
 */
export class CredentialsUnreadableError extends AppError {
  readonly connectionId: string
  constructor(connectionId: string, reason: string) {
    super(
      'conflict',
      `The saved credentials of connection "${connectionId}" cannot be decrypted: ${reason} ` +
        'Nothing was sent to the distributor. Enter every secret of this connection again to replace them.',
    )
    this.name = 'CredentialsUnreadableError'
    this.connectionId = connectionId
  }
}

/** CREDENTIALS_KEY, CREDENTIALS_KEY_ID or CREDENTIALS_PREVIOUS_KEYS is missing or malformed. */
export class VaultKeyError extends AppError {
  constructor(message: string) {
    super('unavailable', message)
    this.name = 'VaultKeyError'
  }
}
