import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../testing/read-fixture'
import { readPax8Error } from './read-error'

const answer = (status: number, text: string) => ({ status, headers: new Headers(), text })

describe('readPax8Error', () => {
  it('reads the Error body’s message and its details', () => {
    expect(readPax8Error(answer(403, readFixtureText('pax8', 'error-403.json')))).toEqual({
      detail: 'Invalid companyId: companyId 00000000-0000-0000-0000-000000000000 is not accessible',
    })
  })

  it('reads the token endpoint’s refusal without asking for a new login', () => {
    expect(readPax8Error(answer(401, readFixtureText('pax8', 'token-error-401.json')))).toEqual({
      detail: 'access_denied: Unauthorized',
    })
  })

  it('treats a 401 from the API as an expired token, to log in again once', () => {
    expect(
      readPax8Error(answer(401, '{"type":"Unauthorized","message":"Unauthorized","status":401}')),
    ).toEqual({
      detail: 'Unauthorized',
      sessionExpired: true,
    })
  })

  it('gives no reading for a gateway’s HTML page, and clips a very long message', () => {
    expect(readPax8Error(answer(502, '<html>Bad Gateway</html>'))).toBeUndefined()
    const long = readPax8Error(answer(400, JSON.stringify({ message: 'x'.repeat(1000) })))
    expect(long?.detail?.length).toBeLessThanOrEqual(301)
  })
})
