import { describe, expect, it } from 'vitest'
import { customerDomain } from './customer-domain'

describe('customerDomain', () => {
  it('reads the host of a web site, lower-cased and without www', () => {
    expect(customerDomain('https://WWW.Fabrikam.COM/about')).toBe('fabrikam.com')
    expect(customerDomain('fabrikam.com.au')).toBe('fabrikam.com.au')
  })

  it('reads the domain of an e-mail address', () => {
    expect(customerDomain('Accounts@Northwind-Dental.com.au')).toBe('northwind-dental.com.au')
  })

  it('never gives a free-mail or ISP domain as a customer’s domain', () => {
    for (const mailbox of ['owner@gmail.com', 'ap@bigpond.com', 'OUTLOOK.COM', 'x@hotmail.com']) {
      expect(customerDomain(mailbox)).toBeUndefined()
    }
  })

  it('gives nothing for free text that is not a host', () => {
    expect(customerDomain('see contract')).toBeUndefined()
    expect(customerDomain('   ')).toBeUndefined()
    expect(customerDomain(null)).toBeUndefined()
  })
})
