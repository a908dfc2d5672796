import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CreateConnectionBodySchema, TestOutcomeSchema } from './connections'

describe('the connections contract', () => {
  it('trims a new connection’s name and takes missing config and secrets as empty', () => {
    expect(
      v.parse(CreateConnectionBodySchema, { distributor: 'rhipe', name: '  Rhipe AU \n' }),
    ).toEqual({
      distributor: 'rhipe',
      name: 'Rhipe AU',
      config: {},
      secrets: {},
    })
  })

  it('refuses a name that is only spaces', () => {
    expect(
      v.safeParse(CreateConnectionBodySchema, { distributor: 'rhipe', name: '   ' }).success,
    ).toBe(false)
  })

  it('refuses a Test Configuration failure of a kind the web has no next step for', () => {
    const answer = { ok: false, kind: 'new-kind', message: 'Rhipe said no.' }
    expect(v.safeParse(TestOutcomeSchema, answer).success).toBe(false)
  })
})
