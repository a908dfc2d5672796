/**
 * Every register field name as a billing person reads it: the one table the run detail, the plan
 * preview and any other screen that names a field use. A field missing here shows in words made
 * from its name ("externalCustomerId" → "External customer id"), never as code.
 */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  topLevelId: 'Top level',
  mainSite: 'Main site address',
  domain: 'Domain',
  tenantId: 'Microsoft tenant ID',
  taxId: 'Tax ID',
  inactive: 'Inactive',
  customerId: 'Customer',
  createdBy: 'Created by',
  connectionId: 'Connection',
  distributor: 'Distributor',
  externalId: 'Distributor subscription ID',
  externalCustomerId: 'Distributor customer ID',
  externalName: 'Distributor customer',
  sku: 'SKU',
  status: 'Status',
  trial: 'Trial',
  quantity: 'Quantity',
  startDate: 'Start date',
  endDate: 'End date',
  contractEndDate: 'Contract end date',
  billingCycle: 'Billing cycle',
  termMonths: 'Term (months)',
  autoRenew: 'Auto-renew',
  unitPrice: 'Unit price',
  unitCost: 'Unit cost',
  currency: 'Currency',
  active: 'Active',
  origin: 'How it was mapped',
  reason: 'Reason',
  source: 'Billed from',
  description: 'Description',
  period: 'Billing period',
  line1: 'Address line 1',
  line2: 'Address line 2',
  city: 'City',
  region: 'Region',
  postcode: 'Postcode',
  country: 'Country',
}

/** A field's label; an unknown field's camelCase name spelled out as words. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field]
  if (known) return known
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** How a mapping came to be, in words. */
export const MAPPING_ORIGIN_LABEL = {
  generated: 'Generate Mappings (same name)',
  manual: 'Added by hand',
  suggested: 'Accepted suggestion',
  import: 'Import Customers',
} as const
