import type { PsaAdapter } from './adapter'
import { connectwiseAdapter } from './connectwise'
import { haloAdapter } from './halopsa'

/** Every PSA Seatkeeper can connect to. Autotask follows (issue 15). */
export const psaAdapters: ReadonlyArray<PsaAdapter> = [haloAdapter, connectwiseAdapter]

export function psaAdapterById(id: string): PsaAdapter | undefined {
  return psaAdapters.find((adapter) => adapter.id === id)
}
