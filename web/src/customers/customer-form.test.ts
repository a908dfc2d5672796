import { describe, expect, it } from 'vitest'
import { customerFormValues, customerPatch, readCustomerForm } from './customer-form'

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
