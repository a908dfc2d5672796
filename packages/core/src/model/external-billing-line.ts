import * as v from 'valibot'
import { BillingPeriodSchema, CurrencySchema } from './billing'
import { IsoDateSchema } from './external'

/**
 * A recurring billing line as a PSA lists it, normalised by its adapter (@seatkeeper/psa): a
 * HaloPSA recurring-invoice line, a ConnectWise agreement addition, an Autotask contract service.
 * The register's BillingLine is made from it (source `psa`, with `externalId`), so a later listing
 * updates that line instead of adding a twin. Money is in major units, per `period`.
 */
export const ExternalBillingLineSchema = v.object({
  /** The PSA's id of the line, as text: Halo "3101", ConnectWise "90017", Autotask "2901". */
  externalId: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  /** The PSA's id of the company billed (an ExternalCustomer of the same connection). */
  companyExternalId: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  description: v.string(),
  itemCode: v.optional(v.string()),
  quantity: v.pipe(v.number(), v.finite(), v.minValue(0)),
  unitPrice: v.pipe(v.number(), v.finite()),
  unitCost: v.optional(v.pipe(v.number(), v.finite())),
  /**
   * Absent when the PSA's line does not say (Halo keeps a currency id on the invoice and the ISO
   * code on the client); the import then asks for the connection's billing currency.
   */
  currency: v.optional(CurrencySchema),
  period: BillingPeriodSchema,
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  inactive: v.boolean(),
  /** 'linked': the PSA computes the quantity from linked licences (Halo quantity type 1). */
  quantityRule: v.picklist(['fixed', 'linked']),
  minimumQuantity: v.optional(v.pipe(v.number(), v.minValue(0))),
  freeQuantity: v.optional(v.pipe(v.number(), v.minValue(0))),
  /**
   * What the PSA needs to change this line, by name (Halo: `invoiceId`, `quantityType`,
   * `licenceId`; ConnectWise: `agreementId`; Autotask: `contractId`). Read only by its adapter.
   */
  reference: v.record(v.string(), v.string()),
})
export type ExternalBillingLine = v.InferOutput<typeof ExternalBillingLineSchema>
