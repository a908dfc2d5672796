import type { RotatingSecrets } from '../adapter'

export type MemoryRotation = RotatingSecrets & {
  /** The secrets as the last exchange left them. */
  readonly secrets: Readonly<Record<string, string>>
  /** When they stop working unless used again, if the last exchange said. */
  readonly expiresAt: string | undefined
}

/**
 * Secrets that change on use, held in memory: exchanges run one after another (a promise chain),
 * each seeing what the one before persisted. Enough for one process (tests, the bench, a script);
 * the edge persists through the vault instead (edge/src/vault/rotate-secrets.ts).
 */
export function createMemoryRotation(initial: Readonly<Record<string, string>>): MemoryRotation {
  let secrets: Readonly<Record<string, string>> = { ...initial }
  let expiresAt: string | undefined
  let tail: Promise<unknown> = Promise.resolve()
  return {
    get secrets() {
      return secrets
    },
    get expiresAt() {
      return expiresAt
    },
    rotate(exchange) {
      const run = tail.then(async () => {
        const rotation = await exchange(secrets)
        secrets = { ...secrets, ...rotation.secrets }
        expiresAt = rotation.expiresAt ?? expiresAt
        return rotation.result
      })
      // A failed exchange spends nothing: the next one still runs, with the same secrets.
      tail = run.catch(() => undefined)
      return run
    },
  }
}
