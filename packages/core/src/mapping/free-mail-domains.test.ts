import { describe, expect, it } from 'vitest'
import { isFreeMailDomain } from './free-mail-domains'

describe('isFreeMailDomain', () => {
  it('knows the ISP mail domains of each country the register serves', () => {
    for (const host of [
      'shaw.ca',
      't-online.de',
      'btinternet.com',
      'orange.fr',
      'ziggo.nl',
      'bluewin.ch',
      'bigpond.com',
      'xtra.co.nz',
      'comcast.net',
    ]) {
      expect(isFreeMailDomain(host), host).toBe(true)
    }
  })

  it('counts a host under a mailbox domain as one too', () => {
    expect(isFreeMailDomain('mail.bigpond.com')).toBe(true)
    expect(isFreeMailDomain('nsw.bigpond.net.au')).toBe(true)
  })

  it('leaves a company domain alone, even one ending like a provider', () => {
    expect(isFreeMailDomain('contoso.com.au')).toBe(false)
    expect(isFreeMailDomain('notgmail.com')).toBe(false)
  })
})
