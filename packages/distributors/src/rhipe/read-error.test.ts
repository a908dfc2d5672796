import { describe, expect, it } from 'vitest'
import { readRhipeError } from './read-error'
import { readRhipeFixture } from '../testing/rhipe/serve-fixtures'

const response = (text: string, status = 400) => ({ status, headers: new Headers(), text })

describe('readRhipeError', () => {
  it("reads ASP.NET's Message from the documented 401 body", () => {
    const text = JSON.stringify(readRhipeFixture('error-401.json'))
    expect(readRhipeError(response(text, 401))).toEqual({
      detail: 'Authorization has been denied for this request.',
    })
  })

  it("reads IdentityServer's OAuth error description", () => {
    expect(
      readRhipeError(response('{"error":"invalid_client","error_description":"Unknown client"}')),
    ).toEqual({
      detail: 'Unknown client',
    })
  })

  it('says nothing about a body that is not JSON or has no message', () => {
    expect(readRhipeError(response('<html>502</html>', 502))).toBeUndefined()
    expect(readRhipeError(response('{"Foo":1}'))).toBeUndefined()
  })
})
