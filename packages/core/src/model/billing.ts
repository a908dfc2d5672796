import * as v from 'valibot'
import { IsoDateSchema } from './external'
import {
  NameTextSchema,
  PlainTextSchema,
  QuantitySchema,
  RegisterIdSchema,
  registerText,
} from './register-text'

/** How often a billing line is invoiced; its unit price is per this period. */
export const BillingPeriodSchema = v.picklist([
  'monthly',
  'quarterly',
  'annual',
  'biennial',
  'triennial',
  'one-time',
])
export type BillingPeriod = v.InferOutput<typeof BillingPeriodSchema>

/** An ISO-4217 currency code, as the register keeps it: "AUD". */
export const CurrencySchema = v.pipe(
  v.string('must be text'),
  v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO-4217 code such as AUD'),
)

const MoneySchema = v.pipe(v.number('must be a number'), v.finite('must be a finite number'))

/**
 * Where a line comes from: entered in Seatkeeper, imported from a CSV, or owned by a PSA (its
 * connection and the PSA's id of the line, so a PSA sync updates it instead of adding a twin).
 */
export const BillingLineSourceSchema = v.variant('kind', [
  v.object({ kind: v.literal('seatkeeper') }),
  v.object({ kind: v.literal('csv') }),
  v.object({
    kind: v.literal('psa'),
    /** The PSA's adapter id: "halopsa", "connectwise", "autotask". */
    psa: RegisterIdSchema,
    connectionId: RegisterIdSchema,
    externalId: RegisterIdSchema,
  }),
])
export type BillingLineSource = v.InferOutput<typeof BillingLineSourceSchema>

/**
 * What the MSP bills one customer on a recurring basis (DESIGN §3.4). `quantityRule: 'linked'`
 * means the quantity follows the linked subscriptions' seats (less `freeQuantity`, at least
 * `minimumQuantity`), as Halo's licence-linked lines do; 'fixed' lines are only compared.
 */
export const BillingLineSchema = v.pipe(
  v.object({
    id: RegisterIdSchema,
    customerId: RegisterIdSchema,
    description: NameTextSchema,
    itemCode: v.optional(PlainTextSchema),
    quantity: QuantitySchema,
    unitPrice: MoneySchema,
    unitCost: v.optional(MoneySchema),
    currency: CurrencySchema,
    period: BillingPeriodSchema,
    startDate: v.optional(IsoDateSchema),
    endDate: v.optional(IsoDateSchema),
    inactive: v.boolean(),
    quantityRule: v.picklist(['fixed', 'linked'], "must be 'fixed' or 'linked'"),
    minimumQuantity: v.optional(QuantitySchema),
    freeQuantity: v.optional(QuantitySchema),
    source: BillingLineSourceSchema,
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.forward(
    v.check(
      (line) => !line.startDate || !line.endDate || line.startDate <= line.endDate,
      'must not be before the start date',
    ),
    ['endDate'],
  ),
)
export type BillingLine = v.InferOutput<typeof BillingLineSchema>

/** Why a subscription is not billed: used internally, part of a bundle, paid by the customer. */
export const NotBillableReasonSchema = v.picklist(
  ['internal-use', 'included-in-bundle', 'customer-pays-directly'],
  "must be 'internal-use', 'included-in-bundle' or 'customer-pays-directly'",
)
export type NotBillableReason = v.InferOutput<typeof NotBillableReasonSchema>

export const NotBillableSchema = v.object({
  reason: NotBillableReasonSchema,
  /** What the person added in their own words ("covered by the Gold bundle"). */
  note: v.optional(registerText(500)),
})
export type NotBillable = v.InferOutput<typeof NotBillableSchema>

/**
 * A reconciliation finding a person chose to leave as it is: hidden while its fingerprint is the
 * same, so a finding whose numbers change comes back (docs/core-rules.md "Reconciliation").
 */
export const DismissalSchema = v.object({
  findingId: RegisterIdSchema,
  reason: v.pipe(
    registerText(500),
    v.check((reason) => reason.trim().length > 0, 'must say why (it must not be empty)'),
  ),
  /** Who dismissed it, as the run ledger names actors. */
  by: RegisterIdSchema,
  /** When, as an ISO date-time. */
  at: v.pipe(v.string('must be text'), v.isoTimestamp('must be an ISO date-time')),
})
export type Dismissal = v.InferOutput<typeof DismissalSchema>
