import type { RegisterRpc } from '../register/register-rpc'

/**
 * How long an integrator lease lives without a heartbeat. Short, so a crashed run (its isolate
 * gone, its heartbeats with it) frees Sync now and the cron's retry within a minute, where a fixed
 * TTL had to outlast the slowest listing (Sherweb's ~12 min) and locked Sync now for 15 minutes.
 */
export const LEASE_TTL_MS = 60_000
/** A live run renews its lease this often: three beats may be missed before the lease lapses. */
export const LEASE_HEARTBEAT_MS = 15_000

export type Heartbeat = { stop(): void }

/**
 * Keeps a lease alive while its run works: renews it every `everyMs` until stopped. A beat that
 * fails (the register briefly unreachable) is logged and the next one tries again; the lease only
 * lapses when beats fail for a whole TTL, which is what a dead run looks like.
 */
export function startHeartbeat(
  register: Pick<RegisterRpc, 'renewLease'>,
  lease: { key: string; holder: string; ttlMs: number },
  everyMs = LEASE_HEARTBEAT_MS,
): Heartbeat {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const beat = async () => {
    if (stopped) return
    try {
      if (!(await register.renewLease(lease.key, lease.holder, lease.ttlMs)))
        console.error(`Lease ${lease.key} is no longer held by ${lease.holder}; not renewed.`)
    } catch (error) {
      console.error(`Could not renew lease ${lease.key}:`, error)
    }
    if (!stopped) timer = setTimeout(beat, everyMs)
  }
  timer = setTimeout(beat, everyMs)
  return {
    stop() {
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
    },
  }
}
