import type { PsaAdapter } from './adapter'
import { haloAdapter } from './halopsa'

/** Every PSA Seatkeeper can connect to. ConnectWise PSA and Autotask follow (issue 15). */
export const psaAdapters: ReadonlyArray<PsaAdapter> = [haloAdapter]

export function psaAdapterById(id: string): PsaAdapter | undefined {
  return psaAdapters.find((adapter) => adapter.id === id)
}
