import type { ExternalBillingLine, ExternalCustomer } from '@seatkeeper/core'
import type {
  DistributorHttp,
  FetchLike,
  Listing,
  RuntimeEnv,
  UpstreamConnector,
} from '@seatkeeper/distributors'

/**
 * A company as a PSA lists it: the register's ExternalCustomer (so customer mapping, suggestions
 * and Import Customers work on it unchanged) plus what only a PSA knows.
 */
export type PsaCompany = ExternalCustomer & {
  /** The company's billing currency when the PSA keeps it on the company (Halo `currencyisocode`). */
  currency?: string
}

/** What a person approved for one PSA-owned line: its new quantity and/or whether it still bills. */
export type BillingLineChange = {
  line: ExternalBillingLine
  quantity?: number
  inactive?: boolean
  /** The day the change takes effect (YYYY-MM-DD, UTC); default today. PSAs that date changes use it. */
  effectiveDate?: string
  /**
   * An undo of a change that replaced the line with a new one (ConnectWise on a prorated
   * agreement): the line it replaced, billed again instead of `line`, which stops billing.
   */
  reinstate?: ExternalBillingLine
}

/** One exact call a change makes, shown in the preview before anything is sent. */
export type PsaWrite = {
  /** Names the call in errors and in the preview, e.g. "POST /api/RecurringInvoice/updatelines". */
  call: string
  method: 'POST' | 'PATCH'
  path: string
  body: unknown
  /** Why this call, in the user's words ("Halo bills licence-linked lines from the licence count"). */
  explanation: string
}

/** The calls a change needs, or why this PSA cannot take it (the preview says so instead). */
export type PsaWritePlan = { ok: true; writes: PsaWrite[] } | { ok: false; reason: string }

/** A change the PSA took and confirmed: the line as it reads back afterwards. */
export type AppliedBillingChange = { writes: PsaWrite[]; after: ExternalBillingLine }

/**
 * One PSA behind the same client, error family, retry policy and pacing as the distributors
 * (UpstreamConnector). Lists companies and recurring billing lines normalised to the core model,
 * and changes a billed quantity the way that PSA requires, confirming it by reading the line back.
 */
export interface PsaAdapter extends UpstreamConnector {
  /**
   * The settings the PSA itself names from the user's (its `discovered` fields: Autotask's zone
   * from the API user name), asked without credentials on Test Configuration and saved for every
   * call after. Throws a DistributorError saying which value to check.
   */
  discoverSettings?(
    fetch: FetchLike,
    config: Readonly<Record<string, string>>,
    env?: RuntimeEnv,
  ): Promise<Record<string, string>>
  listCompanies(http: DistributorHttp): Promise<Listing<PsaCompany>>
  /** Every recurring billing line, or one company's (by its externalId) when given. */
  listBillingLines(
    http: DistributorHttp,
    companyExternalId?: string,
  ): Promise<Listing<ExternalBillingLine>>
  /** Pure: the exact calls `applyBillingChange` would send, for the preview. */
  planBillingChange(change: BillingLineChange): PsaWritePlan
  /**
   * Sends the planned calls, then reads the line (or what drives it) back and throws a
   * DistributorError when the PSA refused or the read-back does not show the change.
   */
  applyBillingChange(
    http: DistributorHttp,
    change: BillingLineChange,
  ): Promise<AppliedBillingChange>
  /**
   * The change that takes the line as it is after a change (`after`) back to the quantity and
   * billing state it had before, or why the PSA cannot (the preview says so). `before` has the
   * PSA line id the register held before: another than `after`'s when the change replaced the line.
   */
  undoOf(
    after: ExternalBillingLine,
    before: ExternalBillingLine,
  ): BillingLineChange | { reason: string }
}
