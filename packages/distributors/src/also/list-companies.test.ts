import { describe, expect, it } from 'vitest'
import {
  FIXTURE_LOGIN,
  faultXml,
  serveAlsoFixtures,
  type Override,
} from '../testing/also/serve-fixtures'
import { alsoTestClient } from '../testing/also/test-client'
import { failure } from '../testing/failure'
import { alsoAdapter } from './index'

function client(config: Record<string, string>, override?: Override) {
  const server = serveAlsoFixtures(override)
  const credentials = {
    config: { marketplace: 'test', username: FIXTURE_LOGIN.username, ...config },
    secrets: { password: FIXTURE_LOGIN.password },
  }
  return { http: alsoTestClient(server.fetch, credentials), requests: server.requests }
}

// An account where GetCompany without an id does not answer with the session's company [I].
const noSelfLookup: Override = (req) =>
  req.path === '/GetCompany' && req.body?.accountId === undefined
    ? { status: 400, text: faultXml('AccountId is required.'), type: 'application/xml' }
    : undefined

describe('ALSO reseller account', () => {
  it('asks GetCompany for the account id entered on the connection', async () => {
    const { http, requests } = client({ accountId: '315818' })
    await alsoAdapter.listCustomers(http)
    expect(requests.find((r) => r.path === '/GetCompany')?.body).toEqual({ accountId: 315818 })
  })

  it('passes Test Configuration with the entered account id where GetCompany without one does not answer', async () => {
    const without = await failure(alsoAdapter.testConfiguration(client({}, noSelfLookup).http))
    expect(without.message).toContain('AccountId is required.')
    const result = await alsoAdapter.testConfiguration(
      client({ accountId: ' 315818 ' }, noSelfLookup).http,
    )
    expect(result.ok).toBe(true)
    expect(result.message).toContain('account 315818')
  })

  it('refuses an account id that is not a number, naming the field', async () => {
    const error = await failure(alsoAdapter.listCustomers(client({ accountId: 'ACME-1' }).http))
    expect(error).toMatchObject({ kind: 'request', field: 'config.accountId' })
    expect(error.message).toContain('not a number')
  })

  it('offers the account id as an optional field whose help says when to fill it in', () => {
    const field = alsoAdapter.fields.find((f) => f.key === 'accountId')
    expect(field).toMatchObject({ required: false })
    expect(field?.secret).toBeFalsy()
    expect(field?.help).toContain('Test Configuration')
  })
})
