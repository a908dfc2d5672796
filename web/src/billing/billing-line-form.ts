import {
  billingLineEdit,
  NAME_MAX,
  TEXT_MAX,
  textProblem,
  type BillingLine,
  type BillingLineInput,
  type BillingLinePatch,
  type BillingPeriod,
} from '@seatkeeper/core'

/** The line dialog's fields, as typed (checkbox and choices aside). */
export type BillingLineFormValues = {
  description: string
  itemCode: string
  quantity: string
  unitPrice: string
  unitCost: string
  currency: string
  period: BillingPeriod
  startDate: string
  endDate: string
  quantityRule: 'fixed' | 'linked'
  minimumQuantity: string
  freeQuantity: string
  inactive: boolean
}

export type BillingLineFormErrors = Partial<Record<keyof BillingLineFormValues, string>>

/** Each billing period as a person reads it. */
export const PERIOD_LABELS: Record<BillingPeriod, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
  biennial: 'Every two years',
  triennial: 'Every three years',
  'one-time': 'One-time',
}

/** The form's starting values: a new monthly line in `currency`, or the line's own for an edit. */
export function billingLineFormValues(line?: BillingLine, currency = ''): BillingLineFormValues {
  const text = (n: number | undefined) => (n === undefined ? '' : String(n))
  return {
    description: line?.description ?? '',
    itemCode: line?.itemCode ?? '',
    quantity: line ? String(line.quantity) : '',
    unitPrice: text(line?.unitPrice),
    unitCost: text(line?.unitCost),
    currency: line?.currency ?? currency,
    period: line?.period ?? 'monthly',
    startDate: line?.startDate ?? '',
    endDate: line?.endDate ?? '',
    quantityRule: line?.quantityRule ?? 'fixed',
    minimumQuantity: text(line?.minimumQuantity),
    freeQuantity: text(line?.freeQuantity),
    inactive: line?.inactive ?? false,
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const isDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))

/**
 * Checks the form and turns it into the API's input (without the customer): trimmed, blanks left
 * out, the currency upper-cased. Errors are sentences a person can act on, keyed by field.
 */
export function readBillingLineForm(values: BillingLineFormValues): {
  input?: Omit<BillingLineInput, 'customerId'>
  errors: BillingLineFormErrors
} {
  const errors: BillingLineFormErrors = {}
  const description = values.description.trim()
  if (!description)
    errors.description =
      'Enter what the invoice says, for example “Microsoft 365 Business Premium”.'
  else if (description.length > NAME_MAX)
    errors.description = `Shorten the description to ${NAME_MAX} characters or fewer (it has ${description.length}).`
  else if (textProblem(description))
    errors.description =
      'Remove the control or text-direction characters (often pasted by accident).'
  const itemCode = values.itemCode.trim()
  if (itemCode.length > TEXT_MAX)
    errors.itemCode = `Shorten the item code to ${TEXT_MAX} characters or fewer.`
  else if (itemCode && textProblem(itemCode))
    errors.itemCode = 'Remove the control or text-direction characters (often pasted by accident).'

  const whole = (
    key: 'quantity' | 'minimumQuantity' | 'freeQuantity',
    what: string,
    required: boolean,
  ) => {
    const text = values[key].trim()
    if (!text) {
      if (required) errors[key] = `Enter ${what} as a whole number, for example 10.`
      return undefined
    }
    const n = Number(text)
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
      errors[key] = `Enter ${what} as a whole number of 0 or more, for example 10 (not “${text}”).`
      return undefined
    }
    return n
  }
  const money = (key: 'unitPrice' | 'unitCost', what: string, required: boolean) => {
    const text = values[key].trim().replace(/,/g, '')
    if (!text) {
      if (required) errors[key] = `Enter ${what}, for example 32.50.`
      return undefined
    }
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      errors[key] =
        `Enter ${what} as a number such as 32.50, without the currency sign (not “${values[key].trim()}”).`
      return undefined
    }
    return Number(text)
  }
  const quantity = whole('quantity', 'the quantity billed', true)
  const minimumQuantity = whole('minimumQuantity', 'the minimum quantity', false)
  const freeQuantity = whole('freeQuantity', 'the free quantity', false)
  const unitPrice = money('unitPrice', 'the unit price', true)
  const unitCost = money('unitCost', 'the unit cost', false)

  const currency = values.currency.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency))
    errors.currency = 'Enter the currency as a three-letter code, for example AUD, NZD or EUR.'
  const startDate = values.startDate.trim()
  const endDate = values.endDate.trim()
  if (startDate && !isDate(startDate)) errors.startDate = 'Enter the start as a date, YYYY-MM-DD.'
  if (endDate && !isDate(endDate)) errors.endDate = 'Enter the end as a date, YYYY-MM-DD.'
  else if (startDate && endDate && endDate < startDate)
    errors.endDate =
      'The end is before the start: enter an end on or after the start, or leave it empty.'

  if (Object.keys(errors).length > 0 || quantity === undefined || unitPrice === undefined)
    return { errors }
  const input: Omit<BillingLineInput, 'customerId'> = {
    description,
    quantity,
    unitPrice,
    currency,
    period: values.period,
    quantityRule: values.quantityRule,
  }
  if (itemCode) input.itemCode = itemCode
  if (unitCost !== undefined) input.unitCost = unitCost
  if (startDate) input.startDate = startDate
  if (endDate) input.endDate = endDate
  if (minimumQuantity !== undefined) input.minimumQuantity = minimumQuantity
  if (freeQuantity !== undefined) input.freeQuantity = freeQuantity
  return { input, errors }
}

/**
 * The PATCH body for an edit: only the fields that changed (core's billingLineEdit decides), a
 * cleared field as null. Undefined when nothing changed.
 */
export function billingLinePatch(
  line: BillingLine,
  input: Omit<BillingLineInput, 'customerId'>,
  inactive: boolean,
): BillingLinePatch | undefined {
  const edit = billingLineEdit(line, {
    description: input.description,
    itemCode: input.itemCode ?? null,
    quantity: input.quantity,
    unitPrice: input.unitPrice,
    unitCost: input.unitCost ?? null,
    currency: input.currency,
    period: input.period,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    quantityRule: input.quantityRule ?? 'fixed',
    minimumQuantity: input.minimumQuantity ?? null,
    freeQuantity: input.freeQuantity ?? null,
    inactive,
  })
  return edit ? ({ version: line.version, ...edit.after } as BillingLinePatch) : undefined
}
