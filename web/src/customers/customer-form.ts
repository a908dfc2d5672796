import {
  ADDRESS_LINE_MAX,
  customerNameKey,
  NAME_MAX,
  sameValue,
  TENANT_ID_PATTERN,
  TEXT_MAX,
  textProblem,
  type Customer,
  type CustomerInput,
  type CustomerPatch,
} from '@seatkeeper/core'

/** The dialog's fields, all as typed text (checkbox aside). */
export type CustomerFormValues = {
  name: string
  topLevelId: string
  line1: string
  line2: string
  city: string
  region: string
  postcode: string
  country: string
  domain: string
  tenantId: string
  taxId: string
  inactive: boolean
}

export type CustomerFormErrors = Partial<Record<keyof CustomerFormValues, string>>

type TextKey = Exclude<keyof CustomerFormValues, 'inactive'>

/** The register's limit for each text field (core's model), shown beside it as "up to N characters". */
export const FIELD_LIMITS: Record<TextKey, number> = {
  name: NAME_MAX,
  topLevelId: TEXT_MAX,
  line1: ADDRESS_LINE_MAX,
  line2: ADDRESS_LINE_MAX,
  city: ADDRESS_LINE_MAX,
  region: ADDRESS_LINE_MAX,
  postcode: ADDRESS_LINE_MAX,
  country: 2,
  domain: TEXT_MAX,
  tenantId: 36,
  taxId: TEXT_MAX,
}

/** "Up to 200 characters": what a field's hint says about its limit. */
export function limitHint(key: TextKey): string {
  return `Up to ${FIELD_LIMITS[key].toLocaleString('en')} characters`
}

/**
 * Another customer with this name (compared as the edge compares: trimmed, case-insensitive), or
 * undefined. The dialog warns and names it before the edge would refuse with a 409.
 */
export function duplicateCustomer(
  customers: readonly Customer[],
  name: string,
  exceptId?: string,
): Customer | undefined {
  const key = customerNameKey(name)
  if (!key) return undefined
  return customers.find((c) => c.id !== exceptId && customerNameKey(c.name) === key)
}

/** The form's starting values: empty for a new customer, the customer's own for an edit. */
export function customerFormValues(customer?: Customer): CustomerFormValues {
  const site = customer?.mainSite
  return {
    name: customer?.name ?? '',
    topLevelId: customer?.topLevelId ?? '',
    line1: site?.line1 ?? '',
    line2: site?.line2 ?? '',
    city: site?.city ?? '',
    region: site?.region ?? '',
    postcode: site?.postcode ?? '',
    country: site?.country ?? '',
    domain: customer?.domain ?? '',
    tenantId: customer?.tenantId ?? '',
    taxId: customer?.taxId ?? '',
    inactive: customer?.inactive ?? false,
  }
}

/**
 * Checks the form and turns it into the API's input: trimmed, blanks left out, the country
 * upper-cased. Errors are sentences a person can act on, keyed by field.
 */
export function readCustomerForm(values: CustomerFormValues): {
  input?: CustomerInput
  errors: CustomerFormErrors
} {
  const errors: CustomerFormErrors = {}
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim())
  const name = text(values.name)
  if (!name) errors.name = 'Enter the customer’s name.'
  const country = text(values.country)?.toUpperCase()
  if (country && !/^[A-Z]{2}$/.test(country)) {
    errors.country = 'Enter the country as a two-letter ISO code, for example AU, NZ or GB.'
  }
  const domain = text(values.domain)
  if (domain && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain)) {
    errors.domain = 'Enter a domain name such as example.com, without http:// or a path.'
  }
  const tenantId = text(values.tenantId)
  if (tenantId && !TENANT_ID_PATTERN.test(tenantId)) {
    errors.tenantId =
      'Enter the tenant ID as a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (Microsoft Entra admin center > Overview > Tenant ID).'
  }
  for (const key of Object.keys(FIELD_LIMITS) as TextKey[]) {
    const value = values[key].trim()
    if (errors[key] || !value) continue
    if (value.length > FIELD_LIMITS[key]) {
      errors[key] =
        `Shorten this to ${FIELD_LIMITS[key]} characters or fewer (it has ${value.length}).`
    } else if (textProblem(value)) {
      errors[key] = 'Remove the control or text-direction characters (often pasted by accident).'
    }
  }
  if (Object.keys(errors).length > 0 || !name) return { errors }

  const mainSite = {
    line1: text(values.line1),
    line2: text(values.line2),
    city: text(values.city),
    region: text(values.region),
    postcode: text(values.postcode),
    country,
  }
  const hasSite = Object.values(mainSite).some((value) => value !== undefined)
  const input: CustomerInput = { name }
  if (text(values.topLevelId)) input.topLevelId = text(values.topLevelId)
  if (hasSite)
    input.mainSite = Object.fromEntries(Object.entries(mainSite).filter(([, v]) => v !== undefined))
  if (domain) input.domain = domain
  if (text(values.tenantId)) input.tenantId = text(values.tenantId)
  if (text(values.taxId)) input.taxId = text(values.taxId)
  return { input, errors }
}

/**
 * The PATCH body for an edit: only the fields that changed, a cleared field as '' (an empty
 * address as {}), which PATCH /api/customers/:id reads as "clear it". Undefined when nothing changed.
 */
export function customerPatch(
  customer: Customer,
  input: CustomerInput,
  inactive: boolean,
): CustomerPatch | undefined {
  const patch: CustomerPatch = { version: customer.version }
  if (input.name !== customer.name) patch.name = input.name
  for (const key of ['topLevelId', 'domain', 'tenantId', 'taxId'] as const) {
    if ((input[key] ?? '') !== (customer[key] ?? '')) patch[key] = input[key] ?? ''
  }
  if (!sameValue(input.mainSite ?? {}, customer.mainSite ?? {}))
    patch.mainSite = input.mainSite ?? {}
  if (inactive !== customer.inactive) patch.inactive = inactive
  return Object.keys(patch).length > 1 ? patch : undefined
}
