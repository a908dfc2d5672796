import { describe, expect, it } from 'vitest'
import { readCrayonError } from './read-error'

const answer = (status: number, text: string) => ({ status, headers: new Headers(), text })

describe('readCrayonError', () => {
  it('reads the SDK\u2019s PascalCase error and the camelCase wire form alike', () => {
    expect(
      readCrayonError(answer(400, '{"ErrorCode":"InvalidParameter","Message":"Bad page"}')),
    ).toEqual({
      detail: 'Bad page (InvalidParameter)',
    })
    expect(readCrayonError(answer(403, '{"errorCode":"Forbidden","message":"No access"}'))).toEqual(
      {
        detail: 'No access (Forbidden)',
      },
    )
  })

  it('marks a 401 from the API as an expired session so the client signs in again', () => {
    expect(readCrayonError(answer(401, '{"errorCode":"Unauthorized","message":"Denied"}'))).toEqual(
      {
        detail: 'Denied (Unauthorized)',
        sessionExpired: true,
      },
    )
  })

  it('reads the token endpoint\u2019s OIDC error and does not treat it as a session to renew', () => {
    expect(
      readCrayonError(answer(400, '{"error":"invalid_grant","error_description":"bad user"}')),
    ).toEqual({
      detail: 'invalid_grant: bad user',
    })
  })

  it('says nothing of a body that is not Crayon\u2019s', () => {
    expect(readCrayonError(answer(502, '<html>Bad gateway</html>'))).toBeUndefined()
  })
})
