import type { BillingLine, ExternalBillingLine } from '@seatkeeper/core'
import type { DistributorHttp } from '@seatkeeper/distributors'
import type { PsaAdapter } from '@seatkeeper/psa'
import { AppError } from '../http/app-error'
import { readRegister } from '../register/register-snapshot'
import { registerStub } from '../register/register-stub'
import { openPsaConnection, type OpenedPsaConnection } from './open-psa-connection'
import { psaFailure } from './psa-failure'

/** A PSA-owned register line with the PSA's line as the PSA lists it now. */
export type PsaLine = {
  line: BillingLine
  /** The PSA's own line, with the `reference` its adapter needs to change it. */
  external: ExternalBillingLine
  opened: OpenedPsaConnection
  adapter: PsaAdapter
  http: DistributorHttp
  /** The connection's write-back switch (settings.writeBack); off keeps the PSA read-only. */
  writeBack: boolean
}

/**
 * A register billing line owned by a PSA, read back from that PSA first: the register keeps only
 * the PSA's line id, and a change must be planned on the line as the PSA has it now. The listing
 * is narrowed to the company mapped to the line's customer when there is one.
 */
export async function openPsaLine(env: Env, lineId: string): Promise<PsaLine> {
  const register = registerStub(env)
  const snapshot = await readRegister(register)
  const line = snapshot.billingLines.find((l) => l.id === lineId)
  if (!line) throw new AppError('not-found', `There is no billing line "${lineId}".`)
  const source = line.source
  if (source.kind !== 'psa') {
    throw new AppError(
      'invalid',
      `The line “${line.description}” is Seatkeeper's own, not a PSA's: edit it in Seatkeeper. Only lines imported from a PSA are written back.`,
    )
  }
  const { opened, adapter, http } = await openPsaConnection(env, source.connectionId)
  const companies = snapshot.mappings.filter(
    (m) => m.connectionId === source.connectionId && m.customerId === line.customerId,
  )
  const listing = await adapter
    .listBillingLines(http, companies.length === 1 ? companies[0]!.externalCustomerId : undefined)
    .catch((error: unknown) => {
      throw psaFailure(error, adapter)
    })
  const external = listing.items.find((item) => item.externalId === source.externalId)
  if (!external) {
    throw new AppError(
      'conflict',
      `${adapter.label} no longer lists the line “${line.description}”${listing.complete ? '' : ' (its listing was incomplete)'}. Import the connection's billing lines again, then review the finding.`,
    )
  }
  const settings = await register.getSettings(source.connectionId)
  return { line, external, opened, adapter, http, writeBack: settings.writeBack === true }
}

/** Refuses a change to a PSA whose connection is read-only, saying how to allow it. */
export function requireWriteBack(psa: PsaLine): void {
  if (psa.writeBack) return
  throw new AppError(
    'conflict',
    `Connection “${psa.opened.connection.name}” keeps ${psa.adapter.label} read-only. Turn on write-back in the connection's settings to change ${psa.adapter.label} from Seatkeeper; nothing was sent.`,
    { field: 'writeBack' },
  )
}
