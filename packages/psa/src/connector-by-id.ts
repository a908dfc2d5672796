import { adapterById, type DistributorAdapter } from '@seatkeeper/distributors'
import type { PsaAdapter } from './adapter'
import { psaAdapterById } from './registry'

/** What a connection is to: a distributor or a PSA, with the adapter that speaks to it. */
export type Connector =
  { kind: 'distributor'; adapter: DistributorAdapter } | { kind: 'psa'; adapter: PsaAdapter }

export type ConnectorKind = Connector['kind']

/**
 * The adapter a stored connection names (its `distributor` field holds any adapter id), looked up
 * over both registries. Adapter ids are unique across the two (registry.test.ts), so an id names
 * one system; undefined for an id neither has.
 */
export function connectorById(id: string): Connector | undefined {
  const distributor = adapterById(id)
  if (distributor) return { kind: 'distributor', adapter: distributor }
  const psa = psaAdapterById(id)
  return psa ? { kind: 'psa', adapter: psa } : undefined
}
