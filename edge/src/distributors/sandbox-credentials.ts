import { SandboxCredentialsSchema, type SandboxCredentials } from '@seatkeeper/core'
import * as v from 'valibot'

const SimulatorSchema = v.object({
  id: v.string(),
  credentials: v.optional(SandboxCredentialsSchema),
})

// `simulators` are the distributors', `psas` the PSAs' (listed apart by the sandbox server).
const FrontPageSchema = v.object({
  simulators: v.array(SimulatorSchema),
  psas: v.optional(v.array(SimulatorSchema), []),
})

// The simulators' credentials never change while the sandbox runs, so one successful read per
// origin is kept for the isolate's life. A failure is not kept: the sandbox server starts beside
// wrangler and may simply not be listening yet.
const cache = new Map<string, Map<string, SandboxCredentials>>()

/**
 * The sandbox credentials of each simulator, read from the sandbox server's front page
 * (`GET ${origin}/`). Empty when the sandbox cannot be reached or answers something else: the
 * "Use sandbox credentials" button is a convenience, never a reason for the catalogue to fail.
 */
export async function sandboxCredentials(origin: string): Promise<Map<string, SandboxCredentials>> {
  const kept = cache.get(origin)
  if (kept) return kept
  try {
    const response = await fetch(new URL('/', origin), {
      redirect: 'manual',
      signal: AbortSignal.timeout(2_000),
    })
    if (!response.ok) return new Map()
    const page = v.safeParse(FrontPageSchema, await response.json())
    if (!page.success) return new Map()
    const found = new Map<string, SandboxCredentials>()
    for (const simulator of [...page.output.simulators, ...page.output.psas]) {
      if (simulator.credentials) found.set(simulator.id, simulator.credentials)
    }
    cache.set(origin, found)
    return found
  } catch {
    return new Map()
  }
}

/** Forgets what was read (tests serve a different sandbox per case). */
export function forgetSandboxCredentials(): void {
  cache.clear()
}
