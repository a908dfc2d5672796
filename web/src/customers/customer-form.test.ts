import { describe, expect, it } from 'vitest'
import {
  customerFormValues,
  customerPatch,
  duplicateCustomer,
  limitHint,
  readCustomerForm,
} from './customer-form'

describe('readCustomerForm', () => {
  it('trims the fields, leaves blanks out and upper-cases the country', () => {
    const values = {
      ...customerFormValues(),
      name: '  Acme  ',
      city: 'Sydney ',
      country: 'au',
      domain: 'acme.example',
    }
    expect(readCustomerForm(values)).toEqual({
      input: { name: 'Acme', mainSite: { city: 'Sydney', country: 'AU' }, domain: 'acme.example' },
      errors: {},
    })
  })

  it('says in words what is wrong with each field', () => {
    const { input, errors } = readCustomerForm({
      ...customerFormValues(),
      name: ' ',
      country: 'Australia',
      domain: 'https://acme.example/x',
    })
    expect(input).toBeUndefined()
    expect(errors.name).toMatch(/Enter the customer’s name/)
    expect(errors.country).toMatch(/two-letter ISO code/)
    expect(errors.domain).toMatch(/without http/)
  })

  it('starts an edit from the customer’s own values', () => {
    const values = customerFormValues({
      id: 'c-1',
      name: 'Acme',
      topLevelId: 't-1',
      mainSite: { line1: '1 George St' },
      inactive: true,
      version: 3,
    })
    expect(values).toMatchObject({
      name: 'Acme',
      topLevelId: 't-1',
      line1: '1 George St',
      inactive: true,
      city: '',
    })
  })
})

describe('customerPatch', () => {
  const customer = {
    id: 'c-1',
    name: 'Acme',
    domain: 'acme.example',
    mainSite: { city: 'Sydney' },
    inactive: false,
    version: 4,
  }

  it('sends only what changed, with the version the edit started from', () => {
    expect(
      customerPatch(
        customer,
        { name: 'Acme Pty', domain: 'acme.example', mainSite: { city: 'Sydney' } },
        false,
      ),
    ).toEqual({
      version: 4,
      name: 'Acme Pty',
    })
  })

  it('clears a removed field with an empty string and a removed address with {}', () => {
    expect(customerPatch(customer, { name: 'Acme' }, true)).toEqual({
      version: 4,
      domain: '',
      mainSite: {},
      inactive: true,
    })
  })

  it('says nothing changed when nothing did', () => {
    expect(
      customerPatch(
        customer,
        { name: 'Acme', domain: 'acme.example', mainSite: { city: 'Sydney' } },
        false,
      ),
    ).toBeUndefined()
  })
})

describe('what the dialog refuses before sending', () => {
  const customers = [
    { id: 'c-1', name: 'Ashford Travel', inactive: false, version: 1 },
    { id: 'c-2', name: 'Contoso', inactive: false, version: 1 },
  ]

  it('finds the existing customer of a name typed in another case or with spaces', () => {
    expect(duplicateCustomer(customers, '  ASHFORD travel ')?.id).toBe('c-1')
    expect(duplicateCustomer(customers, 'Ashford Dental')).toBeUndefined()
  })

  it('does not count the customer being renamed as its own duplicate', () => {
    expect(duplicateCustomer(customers, 'Contoso', 'c-2')).toBeUndefined()
    expect(duplicateCustomer(customers, 'Contoso', 'c-1')?.id).toBe('c-2')
  })

  it('refuses a tenant id that is not a GUID and takes one that is', () => {
    const bad = readCustomerForm({ ...customerFormValues(), name: 'A', tenantId: '1234' })
    expect(bad.errors.tenantId).toMatch(/GUID/)
    const good = readCustomerForm({
      ...customerFormValues(),
      name: 'A',
      tenantId: '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
    })
    expect(good.input?.tenantId).toBe('3F2504E0-4F89-11D3-9A0C-0305E82C3301')
  })

  it('refuses a name over 200 characters and says the limit', () => {
    const { errors } = readCustomerForm({ ...customerFormValues(), name: 'n'.repeat(201) })
    expect(errors.name).toBe('Shorten this to 200 characters or fewer (it has 201).')
    expect(limitHint('name')).toBe('Up to 200 characters')
  })

  it('refuses a right-to-left override pasted into an address line', () => {
    const { errors } = readCustomerForm({
      ...customerFormValues(),
      name: 'A',
      line1: '1 Main St\u202E',
    })
    expect(errors.line1).toMatch(/control or text-direction characters/)
  })
})
