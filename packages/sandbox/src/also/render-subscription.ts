import type { World, WorldCustomer, WorldSubscription } from '../world/generate-world'
import { companyAccountId, subscriptionAccountId } from './also-ids'

// Keys and order as in fixture subscriptions-company-400101.json (PHP src/Model/Subscription.php
// and PriceableItem.php names, PascalCase [I]); every key present, null when empty.

function accountState(subscription: WorldSubscription): { state: string; provisioning: string } {
  switch (subscription.status) {
    case 'active':
      return { state: 'Active', provisioning: 'Succeeded' }
    // An order still running at the vendor: the account exists, provisioning has not finished [I].
    case 'pending':
      return { state: 'Active', provisioning: 'InProgress' }
    case 'suspended':
      return { state: 'Suspended', provisioning: 'Succeeded' }
    // The fixtures' ended subscription is "Terminated".
    case 'cancelled':
      return { state: 'Terminated', provisioning: 'Succeeded' }
    case 'deleted':
      return { state: 'Deleted', provisioning: 'Succeeded' }
  }
}

function service(sku: string): { name: string; displayName: string; microsoft: boolean } {
  if (sku.startsWith('DZH318Z0BQ3Q'))
    return { name: 'MicrosoftAzure', displayName: 'Microsoft Azure plan', microsoft: true }
  if (sku.startsWith('CFQ7'))
    return { name: 'MicrosoftNCE', displayName: 'Microsoft 365 (NCE)', microsoft: true }
  return {
    name: 'AcronisCyberProtect',
    displayName: 'Acronis Cyber Protect Cloud',
    microsoft: false,
  }
}

/** An ISO-8601 period as Microsoft material numbers end in it: P1M, P1Y, P3Y. */
function period(months: number): string {
  return months % 12 === 0 ? `P${months / 12}Y` : `P${months}M`
}

const at = (date: string | undefined) => (date ? `${date}T00:00:00` : null)

/** One subscription as ALSO's GetSubscriptions lists it for its company. */
export function renderSubscription(
  subscription: WorldSubscription,
  customer: WorldCustomer | undefined,
  world: World,
) {
  const id = subscriptionAccountId(subscription.seq)
  const companyId = companyAccountId(subscription.customerSeq)
  const { state, provisioning } = accountState(subscription)
  const svc = service(subscription.sku)
  // A usage-billed Azure plan has no seat parameter and no recurring seat price.
  const usage = subscription.unitCost === 0 && subscription.unitPrice === 0
  const billingMonths = subscription.billingCycle === 'annual' ? 12 : 1
  const materialNumber = `${svc.microsoft ? 'MS-' : ''}${subscription.sku.replace(':', '-')}-${period(subscription.termMonths)}-${period(billingMonths)}`
  const fields: Array<{ Name: string; DisplayName: string; Value: string | number }> = []
  if (!usage)
    fields.push({
      Name: 'Quantity',
      DisplayName: 'Number of licenses',
      Value: subscription.quantity,
    })
  if (svc.microsoft && customer) {
    fields.push({
      Name: 'MicrosoftDomain',
      DisplayName: 'Microsoft domain',
      Value: `${customer.domain.split('.')[0]}.onmicrosoft.com`,
    })
  }
  return {
    ParentAccountId: companyId,
    CompanyAccountId: companyId,
    ParentType: 'Company',
    AccountId: id,
    AccountState: state,
    ServiceName: svc.name,
    ServiceDisplayName: svc.displayName,
    ContractId: `C-${id}`,
    ProvisioningStatus: provisioning,
    VendorReferenceId: subscription.vendorSubscriptionId,
    SecondVendorReferenceId: customer?.tenantId ?? null,
    // ALSO has no trial flag; trial offers carry it in their product name [I].
    ProductName: subscription.trial
      ? `${subscription.productName} (Trial)`
      : subscription.productName,
    ContractEndDate: at(subscription.commitmentEndDate),
    PriceProtectionEndDate: at(subscription.commitmentEndDate),
    ScheduledTerminationDate: at(subscription.endDate),
    HasRenewActionValuesConfigured: false,
    PurchaseOrderNumber: null,
    Fields: fields,
    RenewFields: [],
    PriceableItems: [
      {
        ChargeType: usage ? 'Usage' : 'Recurring',
        PriceableItemDescription: `${subscription.productName} - ${usage ? 'consumption' : subscription.billingCycle === 'annual' ? 'annual fee' : 'monthly fee'}`,
        IsUdrcField: !usage,
        PurchasePrice: subscription.unitCost,
        SalesPrice: subscription.unitPrice,
        SuggestedRetailPrice: Math.round(subscription.unitPrice * 107) / 100,
        Currency: world.currency,
        PriceableItemId: 9_000 + subscription.seq,
        MaterialNumber: materialNumber,
        FieldName: usage ? null : 'Quantity',
        ProductNumber: subscription.sku,
      },
    ],
  }
}

export type AlsoSubscriptionRecord = ReturnType<typeof renderSubscription>
