import { atSandboxCredentials } from '../autotask'
import { cwSandboxCredentials } from '../connectwise'
import { haloSandboxCredentials } from '../halopsa'
import type { SandboxCredentials } from './sandbox-catalogue'

/** A PSA simulator: its adapter id (mounted at `/${id}`) and the credentials it accepts. */
export type PsaSandboxEntry = { id: string; credentials: SandboxCredentials }

/**
 * The PSA simulators the sandbox server mounts beside the distributors', listed apart (`psas` on
 * its front page) because sandboxCatalogue is the distributors' (and the benchmarks').
 */
export const psaSandboxCatalogue: readonly PsaSandboxEntry[] = [
  { id: 'halopsa', credentials: haloSandboxCredentials },
  { id: 'connectwise', credentials: cwSandboxCredentials },
  { id: 'autotask', credentials: atSandboxCredentials },
]
