import type { CredentialField } from '@seatkeeper/distributors'

const MEMBER_KEYS =
  'In ConnectWise PSA open System > Members > API Members, open (or create) the API member for Seatkeeper — its security role needs Finance (Agreements: inquire and edit) and Companies (inquire) — then API Keys > + to generate a key pair.'

/** ConnectWise's cloud API hosts per region [C: billing-apis.md §2]; never a free URL. */
export const CW_SITES = [
  { value: 'api-na.myconnectwise.net', label: 'North America (na.myconnectwise.net)' },
  { value: 'api-eu.myconnectwise.net', label: 'Europe (eu.myconnectwise.net)' },
  { value: 'api-aus.myconnectwise.net', label: 'Australia (aus.myconnectwise.net)' },
  { value: 'api-staging.connectwisedev.com', label: 'ConnectWise staging (connectwisedev.com)' },
] as const

/** The region field's choices: the real sites, and the local simulator. */
const SITE_OPTIONS = [...CW_SITES, { value: 'sandbox', label: 'Sandbox (local simulator)' }]

export const cwFields: ReadonlyArray<CredentialField> = [
  {
    key: 'site',
    label: 'Region',
    help: 'The region of your ConnectWise PSA address: the part before .myconnectwise.net when you sign in.',
    required: true,
    options: SITE_OPTIONS,
  },
  {
    key: 'companyId',
    label: 'Company ID',
    help: 'The company name you enter on the ConnectWise PSA sign-in page (e.g. contosomsp).',
    required: true,
  },
  {
    key: 'publicKey',
    label: 'Public key',
    help: `${MEMBER_KEYS} Copy the Public Key.`,
    required: true,
  },
  {
    key: 'privateKey',
    label: 'Private key',
    help: `${MEMBER_KEYS} The Private Key is shown only once, when the pair is generated.`,
    secret: true,
    required: true,
  },
  {
    key: 'clientId',
    label: 'Client ID',
    help: "The integration's clientId GUID from developer.connectwise.com > Client ID (every call must carry it).",
    required: true,
  },
]
