import { AppError } from '../http/app-error'
import { registerStub } from '../register/register-stub'

// A PATCH reads the record, merges and writes it back. Long past one KV read and write, short
// enough that a holder that crashed blocks its connection only briefly.
const LOCK_TTL_MS = 10_000
// How long a write waits behind others before it gives up: a user's Save, not a batch job.
const WAIT_MS = 8_000
const RETRY_MS = 15

/**
 * Runs a read-modify-write of one connection's KV record while no other runs for it. KV is
 * last-write-wins with no compare-and-swap, so two PATCHes that both read before either wrote would
 * lose one acknowledged change; the register Durable Object is the one place that can say who goes
 * first (its lease table), and does so in one location (docs/credentials.md "Concurrent edits").
 */
export async function withConnectionWriteLock<T>(
  env: Env,
  connectionId: string,
  write: () => Promise<T>,
): Promise<T> {
  const register = registerStub(env)
  const key = `connection-write:${connectionId}`
  const holder = crypto.randomUUID()
  const giveUpAt = Date.now() + WAIT_MS
  while ((await register.acquireLease(key, holder, LOCK_TTL_MS)) !== 'acquired') {
    if (Date.now() > giveUpAt) {
      throw new AppError(
        'unavailable',
        'Another change to this connection is still being saved. Wait a few seconds and save again.',
        { retryAfterSeconds: 5 },
      )
    }
    // Jitter, so waiting writers do not all ask again in the same instant.
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS))
  }
  try {
    return await write()
  } finally {
    await register.releaseLease(key, holder)
  }
}
