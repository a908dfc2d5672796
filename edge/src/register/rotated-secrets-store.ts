import type { LeaseStore } from './lease-store'
import type { RotatedSecrets, RotationClaim } from './register-rpc'

const KEY_PREFIX = 'rotated-secrets:'
const leaseKey = (connectionId: string) => `secret-rotation:${connectionId}`

/**
 * Secrets that change on use (a rotating refresh token), held by the register Durable Object:
 * its storage is strongly consistent and it runs one call at a time, so a claim is an atomic
 * test-and-set, which KV (last write wins, up to a minute stale elsewhere) cannot give. Only
 * ciphertext is kept here; the vault seals and opens (edge/src/vault/rotate-secrets.ts).
 */
export class RotatedSecretsStore {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly leases: LeaseStore,
  ) {}

  /** Takes the connection's rotation lock, or says it is held; with the latest rotated secrets. */
  async claim(connectionId: string, holder: string, ttlMs: number): Promise<RotationClaim> {
    // 'done' never happens for these keys: a rotation lease is only ever released.
    if (this.leases.acquire(leaseKey(connectionId), holder, ttlMs) !== 'acquired')
      return { claimed: false }
    const rotated = await this.storage.get<RotatedSecrets>(`${KEY_PREFIX}${connectionId}`)
    return rotated ? { claimed: true, rotated } : { claimed: true }
  }

  /**
   * Stores what an exchange produced and releases the lock, if `holder` still has it. A holder
   * whose lease ran out (and may have been taken over) must not overwrite a newer token.
   */
  async commit(connectionId: string, holder: string, rotated: RotatedSecrets): Promise<boolean> {
    if (!this.leases.holds(leaseKey(connectionId), holder)) return false
    await this.storage.put(`${KEY_PREFIX}${connectionId}`, rotated)
    this.leases.release(leaseKey(connectionId), holder)
    return true
  }

  release(connectionId: string, holder: string): void {
    this.leases.release(leaseKey(connectionId), holder)
  }

  async forget(connectionId: string): Promise<void> {
    await this.storage.delete(`${KEY_PREFIX}${connectionId}`)
  }

  /** When each connection's rotated secrets stop working unless used again, by connection id. */
  async expiries(): Promise<Record<string, string>> {
    const out: Record<string, string> = {}
    for (const [key, value] of await this.storage.list<RotatedSecrets>({ prefix: KEY_PREFIX })) {
      if (value.expiresAt) out[key.slice(KEY_PREFIX.length)] = value.expiresAt
    }
    return out
  }
}
