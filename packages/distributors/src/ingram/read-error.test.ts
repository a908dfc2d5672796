import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../testing/read-fixture'
import { readIngramError } from './read-error'

const answer = (status: number, text: string) => ({ status, headers: new Headers(), text })

describe('readIngramError', () => {
  it('reads the message and code of a {code, message} body, and a 401 as an expired session', () => {
    expect(readIngramError(answer(401, readFixtureText('ingram', 'error-401.json')))).toEqual({
      detail: 'The access token is missing, invalid or expired. (UNAUTHORIZED)',
      sessionExpired: true,
    })
  })

  it('reads a gateway\u2019s {error} or {errors:[{message}]} body when there is no message', () => {
    expect(readIngramError(answer(503, '{"error":"Service unavailable"}'))).toEqual({
      detail: 'Service unavailable',
    })
    expect(readIngramError(answer(400, '{"errors":[{"message":"limit is too large"}]}'))).toEqual({
      detail: 'limit is too large',
    })
  })

  it('says nothing of a body it cannot read, so the status alone decides', () => {
    expect(readIngramError(answer(502, '<html>Bad gateway</html>'))).toBeUndefined()
  })

  it('cuts a very long message short', () => {
    const detail = readIngramError(
      answer(500, JSON.stringify({ message: 'x'.repeat(1000) })),
    )?.detail
    expect(detail?.length).toBe(301)
  })
})
