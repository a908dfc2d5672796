import type { PsaAdapter } from './adapter'
import { autotaskAdapter } from './autotask'
import { connectwiseAdapter } from './connectwise'
import { haloAdapter } from './halopsa'

/** Every PSA Seatkeeper can connect to. */
export const psaAdapters: ReadonlyArray<PsaAdapter> = [
  haloAdapter,
  connectwiseAdapter,
  autotaskAdapter,
]

export function psaAdapterById(id: string): PsaAdapter | undefined {
  return psaAdapters.find((adapter) => adapter.id === id)
}
