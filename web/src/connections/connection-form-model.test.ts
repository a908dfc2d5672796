import { describe, expect, it } from 'vitest'
import {
  connectionInputFrom,
  formKeyOfApiField,
  initialFormValues,
  secretState,
  sandboxChosen,
  validateConnectionForm,
  withSandboxCredentials,
} from './connection-form-model'
import type { ConnectionView } from './connection-view-schema'
import type { CredentialField } from './distributor-schema'

const fields: CredentialField[] = [
  {
    key: 'environment',
    label: 'Environment',
    help: 'Production, or the local sandbox.',
    required: true,
    secret: false,
    options: [
      { value: 'production', label: 'Production' },
      { value: 'sandbox', label: 'Sandbox' },
    ],
  },
  { key: 'clientId', label: 'Client ID', help: '', required: true, secret: false },
  { key: 'clientSecret', label: 'Client secret', help: '', required: true, secret: true },
  { key: 'accountCode', label: 'Account code', help: '', required: false, secret: false },
]

const saved: ConnectionView = {
  id: 'c1',
  kind: 'distributor',
  distributor: 'sherweb',
  distributorLabel: 'Sherweb',
  name: 'Main account',
  config: { environment: 'sandbox', clientId: 'abc' },
  secrets: { clientSecret: true },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  status: { quarantined: 0 },
}

describe('the connection form model', () => {
  it('starts a new connection empty', () => {
    expect(initialFormValues(fields)).toEqual({
      name: '',
      values: { environment: '', clientId: '', clientSecret: '', accountCode: '' },
    })
  })

  it('starts an edit from the saved settings but never from a secret', () => {
    expect(initialFormValues(fields, saved)).toEqual({
      name: 'Main account',
      values: { environment: 'sandbox', clientId: 'abc', clientSecret: '', accountCode: '' },
    })
  })

  it('names every missing required field of a new connection in words', () => {
    const errors = validateConnectionForm(fields, initialFormValues(fields))
    expect(errors).toEqual({
      name: expect.stringContaining('Enter a name'),
      environment: 'Choose an Environment.',
      clientId: 'Enter the Client ID.',
      clientSecret: 'Enter the Client secret.',
    })
  })

  it('accepts an empty secret on edit when one is stored, because it keeps the stored one', () => {
    expect(validateConnectionForm(fields, initialFormValues(fields, saved), saved)).toEqual({})
  })

  it('still asks for a required secret on edit when none is stored', () => {
    const unset = { ...saved, secrets: { clientSecret: false } }
    expect(validateConnectionForm(fields, initialFormValues(fields, unset), unset)).toHaveProperty(
      'clientSecret',
    )
  })

  it('refuses a choice that is not one of the field options', () => {
    const form = {
      name: 'x',
      values: { environment: 'https://evil.example', clientId: 'a', clientSecret: 's' },
    }
    expect(validateConnectionForm(fields, form).environment).toBe(
      'Choose Environment from the list.',
    )
  })

  it('sends trimmed settings and only the secrets that were typed', () => {
    const form = {
      name: ' Main ',
      values: { environment: 'sandbox', clientId: ' abc ', clientSecret: '', accountCode: '' },
    }
    expect(connectionInputFrom(fields, form)).toEqual({
      name: 'Main',
      config: { environment: 'sandbox', clientId: 'abc' },
      secrets: {},
    })
  })

  it('sends an emptied optional setting as empty on edit, so the merged config clears it', () => {
    const form = {
      name: 'a',
      values: { environment: 'sandbox', clientId: 'a', clientSecret: '', accountCode: '' },
    }
    expect(connectionInputFrom(fields, form, true).config).toEqual({
      environment: 'sandbox',
      clientId: 'a',
      accountCode: '',
    })
  })

  it('keeps a typed secret exactly as typed', () => {
    const form = {
      name: 'a',
      values: { environment: 'sandbox', clientId: 'a', clientSecret: ' s3 ' },
    }
    expect(connectionInputFrom(fields, form).secrets).toEqual({ clientSecret: ' s3 ' })
  })

  it('places an edge error on the field it names', () => {
    expect(formKeyOfApiField(fields, 'config.environment')).toBe('environment')
    expect(formKeyOfApiField(fields, 'secrets.clientSecret')).toBe('clientSecret')
    expect(formKeyOfApiField(fields, 'name')).toBe('name')
    expect(formKeyOfApiField(fields, 'config.unknown')).toBeUndefined()
    expect(formKeyOfApiField(fields, undefined)).toBeUndefined()
  })

  it('shows a saved secret only as set or not set', () => {
    expect(secretState(saved, 'clientSecret')).toBe('set')
    expect(secretState(saved, 'apiKey')).toBe('not set')
  })
})

describe('sandbox credentials', () => {
  const sandbox = {
    config: { environment: 'sandbox', clientId: 'sandbox-client', unknown: 'x' },
    secrets: { clientSecret: 'sandbox-secret' },
  }

  it('offers the sandbox credentials only once a choice field is set to Sandbox', () => {
    const empty = initialFormValues(fields)
    expect(sandboxChosen(fields, empty)).toBe(false)
    expect(
      sandboxChosen(fields, { ...empty, values: { ...empty.values, environment: 'sandbox' } }),
    ).toBe(true)
  })

  it('offers the sandbox to a connection with no environment choice (Autotask finds its zone)', () => {
    const free = fields.filter((field) => !field.options)
    expect(sandboxChosen(free, initialFormValues(free))).toBe(true)
  })

  it('fills every field the simulator names, the secrets too, and a name when none was typed', () => {
    const form = withSandboxCredentials(fields, initialFormValues(fields), sandbox, 'Sherweb')
    expect(form).toEqual({
      name: 'Sherweb sandbox',
      values: {
        environment: 'sandbox',
        clientId: 'sandbox-client',
        clientSecret: 'sandbox-secret',
        accountCode: '',
      },
    })
    expect(validateConnectionForm(fields, form)).toEqual({})
  })

  it('keeps a name the user already typed', () => {
    const typed = { ...initialFormValues(fields), name: 'Test account' }
    expect(withSandboxCredentials(fields, typed, sandbox, 'Sherweb').name).toBe('Test account')
  })
})
