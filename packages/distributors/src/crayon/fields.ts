import type { CredentialField } from '../adapter'

/**
 * The Crayon Cloud-iQ connection form. API clients are registered in Cloud-iQ under Settings >
 * API Management; the token call is a password grant for a Cloud-iQ user [C: crayon-api-sdk
 * TokenResource.cs], so the form asks for both the client and the user.
 */
export const crayonFields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production is Crayon Cloud-iQ itself (apiv1.crayon.com). Demo is Crayon\u2019s own test system (demoapi.crayon.com), for demo accounts Crayon hands out. Sandbox is the local simulator, for trying Seatkeeper without a Crayon account.',
    required: true,
    options: [
      { value: 'production', label: 'Production (apiv1.crayon.com)' },
      { value: 'demo', label: 'Demo (demoapi.crayon.com)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'clientId',
    label: 'Client ID',
    help: 'In Cloud-iQ, open Settings > API Management and copy the Client ID of your API client (create one there if none exists).',
    required: true,
  },
  {
    key: 'clientSecret',
    label: 'Client secret',
    help: 'Shown in Cloud-iQ under Settings > API Management next to the Client ID; generate a new one there if it was lost.',
    secret: true,
    required: true,
  },
  {
    key: 'username',
    label: 'Username',
    help: 'The Cloud-iQ user the API signs in as (the e-mail address you log in to cloud-iq.crayon.com with). A dedicated API user with read access to customer tenants and subscriptions is best.',
    required: true,
  },
  {
    key: 'password',
    label: 'Password',
    help: 'That Cloud-iQ user\u2019s password. If the user must sign in with multi-factor authentication, create a separate API user in Cloud-iQ under Settings > Users.',
    secret: true,
    required: true,
  },
  {
    key: 'organizationId',
    label: 'Organization ID',
    help: 'Optional: the number of the Cloud-iQ organization to read, shown in the address bar when you open it (…/organizations/1234). Leave empty to read every organization this user can see.',
    required: false,
  },
]
