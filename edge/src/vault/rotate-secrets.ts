import { DistributorError, type RotatingSecrets } from '@seatkeeper/distributors'
import type { RegisterRpc } from '../register/register-rpc'
import { loadKeyring } from './keyring'
import { openSecrets } from './open-secrets'
import { sealSecrets } from './seal-secrets'
import type { OpenedConnection } from './open-connection'

type RotateEnv = Pick<
  Env,
  'CREDENTIALS' | 'CREDENTIALS_KEY' | 'CREDENTIALS_KEY_ID' | 'CREDENTIALS_PREVIOUS_KEYS'
>

/** Longer than one token exchange may take (the client's 30 s timeout), so a live holder keeps it. */
const LOCK_TTL_MS = 60_000
/** How long a caller waits for another run's exchange before giving up. */
const WAIT_MS = 45_000
const POLL_MS = 200
/** Names the step in errors: the vault's renewal of a secret that changes on use. */
const RENEWAL_CALL = 'token renewal (rotating secret)'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The vault's store for secrets that change on use (docs/credentials.md "Rotating secrets"). The
 * register Durable Object holds the lock and the latest sealed secrets: a claim is atomic there,
 * so two runs (a cron sync, a browser import through the proxy, a Test Configuration) never both
 * spend the same refresh token. The exchange runs while the lock is held; its secrets are sealed
 * under the current key and stored before the lock is released. Secrets saved by the user after
 * the last exchange (a token re-issued in the portal) win over the rotated ones.
 */
export function vaultRotation(
  env: RotateEnv,
  register: Pick<
    RegisterRpc,
    'claimSecretRotation' | 'commitSecretRotation' | 'releaseSecretRotation'
  >,
  opened: OpenedConnection,
): RotatingSecrets {
  const { connection, credentials } = opened
  return {
    async rotate(exchange) {
      const holder = crypto.randomUUID()
      const deadline = Date.now() + WAIT_MS
      let claim = await register.claimSecretRotation(connection.id, holder, LOCK_TTL_MS)
      while (!claim.claimed) {
        if (Date.now() > deadline) {
          throw new DistributorError({
            kind: 'unavailable',
            distributor: opened.adapter.id,
            call: RENEWAL_CALL,
            message: `Another run of connection "${connection.name}" has been renewing its ${opened.adapter.label} token for over ${WAIT_MS / 1000} s. Try again in a minute.`,
          })
        }
        await pause(POLL_MS)
        claim = await register.claimSecretRotation(connection.id, holder, LOCK_TTL_MS)
      }
      try {
        const keyring = await loadKeyring(env)
        const rotated = claim.rotated
        const current =
          rotated && rotated.basedOn === connection.updatedAt
            ? {
                ...credentials.secrets,
                ...(await openSecrets(keyring, connection.id, rotated.sealed)),
              }
            : credentials.secrets
        const outcome = await exchange(current)
        const next = { ...current, ...outcome.secrets }
        const expiresAt = outcome.expiresAt ?? rotated?.expiresAt
        const committed = await register.commitSecretRotation(connection.id, holder, {
          sealed: await sealSecrets(keyring, connection.id, next),
          basedOn: connection.updatedAt,
          ...(expiresAt ? { expiresAt } : {}),
        })
        if (!committed) {
          throw new DistributorError({
            kind: 'auth',
            distributor: opened.adapter.id,
            call: RENEWAL_CALL,
            message: `The renewed ${opened.adapter.label} token of connection "${connection.name}" could not be kept: the renewal took longer than ${LOCK_TTL_MS / 1000} s. If the next run is refused, generate a new token in the portal and enter it in the connection.`,
          })
        }
        return outcome.result
      } catch (error) {
        await register.releaseSecretRotation(connection.id, holder)
        throw error
      }
    },
  }
}
