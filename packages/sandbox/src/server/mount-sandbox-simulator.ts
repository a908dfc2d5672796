import { Hono } from 'hono'
import type { FaultConfig } from '../faults/types'
import type { World } from '../world/generate-world'
import { psaSandboxCatalogue } from './psa-sandbox-catalogue'
import { sandboxCatalogue, type SandboxCredentials } from './sandbox-catalogue'

/**
 * One simulator, a distributor's or a PSA's, mounted at `/${id}` as the sandbox server mounts it
 * (so the addresses it writes into its answers — Halo's auth_url, Autotask's next pages — are the
 * ones the local app reads), with the credentials it accepts; undefined for an unknown id.
 */
export function mountSandboxSimulator(
  id: string,
  options: { world: World; faults?: FaultConfig; now?: () => number },
): { app: Hono; credentials: SandboxCredentials } | undefined {
  const psa = psaSandboxCatalogue.find((e) => e.id === id)
  const entry = psa ?? sandboxCatalogue.find((e) => e.id === id)
  if (!entry) return undefined
  // Only the PSA simulators take a clock: the distributors' read the real time.
  const { now, ...rest } = options
  const app = psa && now ? psa.create({ ...rest, now }) : entry.create(rest)
  return { app: new Hono().route(`/${id}`, app), credentials: entry.credentials }
}
