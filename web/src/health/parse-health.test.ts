import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error'
import { parseHealth } from './parse-health'

describe('parseHealth', () => {
  it('accepts the edge health answer', () => {
    expect(parseHealth({ ok: true, service: 'seatkeeper-edge' })).toEqual({
      ok: true,
      service: 'seatkeeper-edge',
    })
  })

  it.each([
    ['a body that says it is not ok', { ok: false, service: 'seatkeeper-edge' }],
    ['a body without the service name', { ok: true }],
    ['an HTML page', '<!doctype html>'],
    ['no body at all', undefined],
  ])('rejects %s with a message saying to rebuild', (_, body) => {
    expect(() => parseHealth(body)).toThrow(ApiError)
    expect(() => parseHealth(body)).toThrow(/run `pnpm build`/)
  })
})
