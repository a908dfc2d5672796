import type { CredentialField } from '../adapter'

/**
 * The Pax8 connection form. Partner API credentials are created by a partner admin in the Pax8 app
 * (devx.pax8.com "Getting started"); the menu path named in the help is our reading [I].
 */
export const pax8Fields: ReadonlyArray<CredentialField> = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production is Pax8 itself (api.pax8.com). Sandbox is the local simulator, for trying Seatkeeper without a Pax8 account: Pax8 offers no partner sandbox.',
    required: true,
    options: [
      { value: 'production', label: 'Production (api.pax8.com)' },
      { value: 'sandbox', label: 'Sandbox (local simulator)' },
    ],
  },
  {
    key: 'clientId',
    label: 'Client ID',
    help: 'In the Pax8 app (app.pax8.com) open Integrations > API Credentials (Partner API), create an application for Seatkeeper and copy its Client ID. Only a Pax8 partner admin can create one.',
    required: true,
  },
  {
    key: 'clientSecret',
    label: 'Client secret',
    help: 'Shown once in the Pax8 app when the application is created under Integrations > API Credentials; if it was lost, create a new secret there.',
    secret: true,
    required: true,
  },
]
