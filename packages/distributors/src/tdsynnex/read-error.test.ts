import { describe, expect, it } from 'vitest'
import { readTdsynnexError } from './read-error'

const answer = (status: number, text: string) => ({ status, headers: new Headers(), text })

describe('readTdsynnexError', () => {
  it('reads an OAuth error with its description, without asking for a new login', () => {
    expect(
      readTdsynnexError(answer(400, '{"error":"invalid_grant","error_description":"used"}')),
    ).toEqual({
      detail: 'invalid_grant: used',
    })
  })

  it('reads an API 401 as an expired session, so the client logs in again', () => {
    expect(
      readTdsynnexError(answer(401, '{"code":401,"message":"The access token has expired."}')),
    ).toEqual({
      detail: 'The access token has expired.',
      sessionExpired: true,
    })
  })

  it('says nothing of a body it cannot read', () => {
    expect(readTdsynnexError(answer(502, '<html>Bad Gateway</html>'))).toBeUndefined()
  })
})
