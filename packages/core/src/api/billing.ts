import * as v from 'valibot'
import { FINDING_KINDS, ReconcileSettingsSchema } from '../billing/finding'
import { HIGH_CONFIDENCE } from '../mapping/suggest-mappings'
import { BillingPeriodSchema, CurrencySchema, NotBillableSchema } from '../model/billing'
import { IsoDateSchema } from '../model/external'
import { NAME_MAX, QuantitySchema, registerText, TEXT_MAX } from '../model/register-text'
import { OperationSchema } from '../operations/operation'
import { renewalSettingsOrDefault } from '../renewals/renewal-settings'

const description = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.minLength(1, 'A billing line needs a description (what the invoice says).'),
  registerText(NAME_MAX),
)
const itemCode = v.pipe(registerText(TEXT_MAX), v.trim())
const money = v.pipe(v.number('must be a number'), v.finite('must be a finite number'))
const currency = v.pipe(v.string('must be text'), v.trim(), v.toUpperCase(), CurrencySchema)
const quantityRule = v.picklist(['fixed', 'linked'], "must be 'fixed' or 'linked'")
// An empty string clears a date on an edit.
const date = v.union([v.literal(''), IsoDateSchema], 'must be a date written as YYYY-MM-DD')

/** POST /api/billing/lines: what a person bills a customer → 201 BillingLine (docs/api.md "Billing"). */
export const BillingLineInputSchema = v.object({
  customerId: v.pipe(v.string('must be text'), v.minLength(1, 'must name the customer')),
  description,
  itemCode: v.optional(itemCode),
  quantity: QuantitySchema,
  unitPrice: money,
  unitCost: v.optional(money),
  currency,
  period: BillingPeriodSchema,
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  /** 'fixed' when left out: a line follows its subscriptions only when the person says so. */
  quantityRule: v.optional(quantityRule),
  minimumQuantity: v.optional(QuantitySchema),
  freeQuantity: v.optional(QuantitySchema),
})
export type BillingLineInput = v.InferOutput<typeof BillingLineInputSchema>

/**
 * PATCH /api/billing/lines/:id → BillingLine. `version` is the line's version the edit was made
 * from; a field left out is unchanged; `null` (or an empty string for text and dates) clears an
 * optional field.
 */
export const BillingLinePatchSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  description: v.optional(description),
  itemCode: v.optional(v.nullable(itemCode)),
  quantity: v.optional(QuantitySchema),
  unitPrice: v.optional(money),
  unitCost: v.optional(v.nullable(money)),
  currency: v.optional(currency),
  period: v.optional(BillingPeriodSchema),
  startDate: v.optional(v.nullable(date)),
  endDate: v.optional(v.nullable(date)),
  inactive: v.optional(v.boolean()),
  quantityRule: v.optional(quantityRule),
  minimumQuantity: v.optional(v.nullable(QuantitySchema)),
  freeQuantity: v.optional(v.nullable(QuantitySchema)),
})
export type BillingLinePatch = v.InferOutput<typeof BillingLinePatchSchema>

/** PUT /api/billing/subscriptions/:id/line: the line this subscription feeds; null unlinks it. */
export const BillingLinkInputSchema = v.object({
  billingLineId: v.nullable(v.pipe(v.string('must be text'), v.minLength(1, 'must name a line'))),
})
export type BillingLinkInput = v.InferOutput<typeof BillingLinkInputSchema>

/** PUT /api/billing/subscriptions/:id/not-billable: why it is not billed; null makes it billable. */
export const NotBillableInputSchema = v.object({ notBillable: v.nullable(NotBillableSchema) })
export type NotBillableInput = v.InferOutput<typeof NotBillableInputSchema>

/** POST /api/billing/dismissals: a finding left as it is, and why → 201 Dismissal. */
export const DismissInputSchema = v.object({
  findingId: v.pipe(v.string('must be text'), v.minLength(1, 'must name the finding')),
  reason: v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(1, 'must say why the finding is left as it is'),
    registerText(500),
  ),
})
export type DismissInput = v.InferOutput<typeof DismissInputSchema>

/** What one billing write answers: the run it made (null when it changed nothing). */
export const BillingRunSchema = v.object({ runId: v.nullable(v.string()) })
export type BillingRun = v.InferOutput<typeof BillingRunSchema>

/** POST /api/billing/lines/import: the billing-line CSV (columns in docs/api.md "Billing"). */
export const BillingLineCsvSchema = v.object({
  csv: v.pipe(v.string(), v.maxLength(5_000_000)),
})

/**
 * The billing-line CSV's columns, in the order GET /api/billing/lines.csv writes them: the edge
 * reads a file by them and the browser checks a file's header against them before sending it.
 */
export const BILLING_LINE_CSV_COLUMNS = [
  'customer',
  'description',
  'item code',
  'quantity',
  'unit price',
  'unit cost',
  'currency',
  'period',
  'start',
  'end',
] as const
export type BillingLineCsvColumn = (typeof BILLING_LINE_CSV_COLUMNS)[number]

/** The columns a billing-line CSV must have; the others may be left out. */
export const BILLING_LINE_CSV_REQUIRED: readonly BillingLineCsvColumn[] = [
  'customer',
  'description',
  'quantity',
  'unit price',
  'currency',
  'period',
]

/**
 * GET/PUT /api/billing/settings: how reconciliation judges margins, above which confidence a
 * suggested link is made without a person (never below HIGH_CONFIDENCE); unset is off. `renewals`:
 * the commitment alerts' lead times, the defaults when absent (settings stored before them too).
 */
export const BillingSettingsSchema = v.object({
  marginFloor: ReconcileSettingsSchema.entries.marginFloor,
  autoAcceptThreshold: v.optional(
    v.pipe(
      v.number('The auto-accept threshold must be a number.'),
      v.minValue(
        HIGH_CONFIDENCE,
        `The auto-accept threshold must be ${HIGH_CONFIDENCE * 100} % (${HIGH_CONFIDENCE}) or more: below that a person should check the evidence.`,
      ),
      v.maxValue(1, 'The auto-accept threshold must be 100 % (1) or less.'),
    ),
  ),
  renewals: renewalSettingsOrDefault,
})
export type BillingSettings = v.InferOutput<typeof BillingSettingsSchema>

const counts = v.record(v.picklist(FINDING_KINDS), v.number())

/**
 * GET /api/billing/totals: what the home page and the digest show without running reconcile in
 * the browser: money at stake per currency and findings per kind, as of register `version`.
 */
export const BillingTotalsSchema = v.object({
  version: v.number(),
  /** When they were worked out (ISO), and the day lines were judged on (YYYY-MM-DD). */
  at: v.string(),
  today: IsoDateSchema,
  findings: v.number(),
  byCurrency: v.record(
    v.string(),
    v.object({ leakage: v.number(), overcharge: v.number(), counts }),
  ),
  counts,
})
export type BillingTotals = v.InferOutput<typeof BillingTotalsSchema>

/** GET /api/billing/pro-rata.csv?start=&end=: the period charged for, both days included. */
export const ProRataQuerySchema = v.pipe(
  v.object({
    start: v.pipe(v.string('must be a date written as YYYY-MM-DD'), IsoDateSchema),
    end: v.pipe(v.string('must be a date written as YYYY-MM-DD'), IsoDateSchema),
  }),
  v.forward(
    v.check((q) => q.start <= q.end, 'must not be before the start'),
    ['end'],
  ),
)
export type ProRataQuery = v.InferOutput<typeof ProRataQuerySchema>

/**
 * GET /api/billing/seat-rises: the runs of the last `SEAT_RISE_DAYS` days (to `today`, the edge's
 * UTC day) with only their seat rises, so the browser's renewals calendar shows the 7-day window
 * of seats added mid-term as the digest does.
 */
export const SeatRisesSchema = v.object({
  today: IsoDateSchema,
  runs: v.array(
    v.object({
      run: v.object({ id: v.string(), finishedAt: v.string() }),
      operations: v.array(OperationSchema),
    }),
  ),
})
export type SeatRises = v.InferOutput<typeof SeatRisesSchema>
