import { HTTPException } from 'hono/http-exception'

/**
 * The vault's failures are HTTPExceptions so a route can let them through to onError, which
 * answers with the message; the integrator and the proxy tell them apart by class. No message
 * ever contains key material or a secret: only secret names, key ids and connection ids.
 */

/** No connection has this id (404). */
export class ConnectionNotFoundError extends HTTPException {
  readonly connectionId: string
  constructor(connectionId: string) {
    super(404, {
      message: `There is no connection "${connectionId}". It may have been deleted; reload the Connections page.`,
    })
    this.name = 'ConnectionNotFoundError'
    this.connectionId = connectionId
  }
}

/**
 * A connection's saved secrets cannot be opened: sealed with a key this edge no longer has, copied
 * from another connection's record, or altered. Nothing is decrypted or sent upstream (fail closed).
 */
export class CredentialsUnreadableError extends HTTPException {
  readonly connectionId: string
  constructor(connectionId: string, reason: string) {
    super(409, {
      message:
        `The saved credentials of connection "${connectionId}" cannot be decrypted: ${reason} ` +
        'Nothing was sent to the distributor. Enter every secret of this connection again to replace them.',
    })
    this.name = 'CredentialsUnreadableError'
    this.connectionId = connectionId
  }
}

/** CREDENTIALS_KEY, CREDENTIALS_KEY_ID or CREDENTIALS_PREVIOUS_KEYS is missing or malformed (503). */
export class VaultKeyError extends HTTPException {
  constructor(message: string) {
    super(503, { message })
    this.name = 'VaultKeyError'
  }
}
