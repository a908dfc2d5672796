import type { CredentialField } from '../adapter'

/** The StreamOne Ion connection form: an account id and a refresh token issued in the ION portal [C]. */
export const tdsynnexFields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production is StreamOne Ion itself (ion.tdsynnex.com). Sandbox is the local simulator, for trying Seatkeeper without a TD SYNNEX account.',
    required: true,
    options: [
      { value: 'production', label: 'Production (ion.tdsynnex.com)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'accountId',
    label: 'Account ID',
    help: 'Your reseller account number in StreamOne Ion: shown under Settings > API Access in the ION portal, and in the address of every page after /accounts/.',
    required: true,
  },
  {
    key: 'refreshToken',
    label: 'Refresh token',
    help: 'Generate it in the ION portal under Settings > API Access > Generate token. It changes every time Seatkeeper uses it, and Seatkeeper keeps the new one: do not use the same token in another tool, or one of them stops working and a new token must be generated.',
    secret: true,
    required: true,
  },
]
