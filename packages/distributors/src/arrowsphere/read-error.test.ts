import { describe, expect, it } from 'vitest'
import { readArrowSphereError } from './read-error'
import { readFixture } from '../testing/arrowsphere/serve-fixtures'

const response = (text: string, status = 400) => ({ status, headers: new Headers(), text })

describe('readArrowSphereError', () => {
  it('reads the error code and message of the documented error body', () => {
    expect(readArrowSphereError(response(readFixture('error-401.json'), 401))).toEqual({
      detail: 'Unauthorized: Invalid API key',
    })
    expect(readArrowSphereError(response(readFixture('error-404.json'), 404))).toEqual({
      detail: 'Not Found: Customer XSP99999 not found',
    })
  })

  it('joins a list of messages', () => {
    const body = JSON.stringify({
      status: 400,
      error: 'Bad Request',
      messages: ['page is invalid', 'per_page is invalid'],
    })
    expect(readArrowSphereError(response(body))?.detail).toBe(
      'Bad Request: page is invalid: per_page is invalid',
    )
  })

  it('gives no reading for an HTML page from a gateway', () => {
    expect(
      readArrowSphereError(response('<html><body>502 Bad Gateway</body></html>', 502)),
    ).toBeUndefined()
  })
})
