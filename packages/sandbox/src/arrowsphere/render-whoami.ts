import type { World } from '../world/generate-world'
import { PARTNER_REFERENCE } from './arrowsphere-ids'
import { partnerCountry } from './render-customer'

/** GET /whoami: the partner company behind the API key (camelCase, unlike customers). */
export function renderWhoAmI(world: World) {
  return {
    status: 200,
    data: {
      companyName: world.partnerName,
      addressLine1: '1 Harbour St',
      addressLine2: '',
      zip: '2000',
      city: 'Sydney',
      countryCode: partnerCountry(world),
      state: 'NSW',
      receptionPhone: '+61 2 9000 0000',
      websiteUrl: 'https://harbourside-it.example',
      emailContact: 'ops@harbourside-it.example',
      headcount: null,
      taxNumber: '',
      reference: PARTNER_REFERENCE,
      ref: 'HARBOURSIDE',
      billingId: '',
      internalReference: '',
      preferredCurrency: world.currency,
    },
  }
}
