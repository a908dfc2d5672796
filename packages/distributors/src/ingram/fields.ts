import type { CredentialField } from '../adapter'

/**
 * The Ingram Micro connection form. The API user, its password and the subscription key come from
 * the Cloud Marketplace portal [C: kb.cloud.im "How to get CMP API subscription key"].
 */
export const ingramFields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'The Cloud Marketplace your reseller account lives in: North America (api.cloud.im/marketplace/na) or Europe (api.cloud.im/marketplace/eu). Lab is Ingram Micro\u2019s test marketplace (api-lab.cloud.im); Sandbox is the local simulator, for trying Seatkeeper without an account.',
    required: true,
    options: [
      { value: 'na', label: 'Production, North America (api.cloud.im/marketplace/na)' },
      { value: 'eu', label: 'Production, Europe (api.cloud.im/marketplace/eu)' },
      { value: 'lab', label: 'Lab (api-lab.cloud.im)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'marketplace',
    label: 'Marketplace code',
    help: 'The code of your marketplace, e.g. "us", as shown in the Cloud Marketplace portal under your account\u2019s marketplace settings. Ingram Micro asks for it when Seatkeeper signs in.',
    required: true,
  },
  {
    key: 'username',
    label: 'API username',
    help: 'The user your Cloud Marketplace administrator created for API access (portal: Settings > Users). A user who can sign in to the portal and read customers and subscriptions is enough.',
    required: true,
  },
  {
    key: 'password',
    label: 'API password',
    help: 'The password of that API user; reset it in the Cloud Marketplace portal under Settings > Users if it was lost.',
    secret: true,
    required: true,
  },
  {
    key: 'subscriptionKey',
    label: 'Subscription key',
    help: 'The API subscription key from the Cloud Marketplace developer portal (apidocs.cloud.im: sign in, Profile > Subscriptions, primary key). Ingram Micro requires it on every call, the sign-in included.',
    secret: true,
    required: true,
  },
]
