import { describe, expect, it } from 'vitest'
import type { AuthContext } from '../adapter'
import { createMemoryTokenCache } from '../http/memory-token-cache'
import type { FetchLike } from '../http/types'
import { authorizeAlso } from './auth'
import {
  FIXTURE_BASE,
  FIXTURE_LOGIN,
  FIXTURE_TOKEN,
  readFixture,
} from '../testing/also/serve-fixtures'

function context(answer: () => Response) {
  let clock = 1_000_000
  let logins = 0
  const fetch: FetchLike = async () => {
    logins++
    await new Promise((resolve) => setTimeout(resolve, 1))
    return answer()
  }
  const ctx: AuthContext = {
    fetch,
    credentials: {
      config: { marketplace: 'test', username: FIXTURE_LOGIN.username },
      secrets: { password: FIXTURE_LOGIN.password },
    },
    endpoints: { baseUrl: FIXTURE_BASE },
    cache: createMemoryTokenCache(),
    cacheKey: 'connection-1',
    now: () => clock,
  }
  return { ctx, logins: () => logins, advance: (ms: number) => (clock += ms) }
}

const tokenAnswer = () => new Response(readFixture('sessiontoken.json'), { status: 200 })

describe('ALSO login', () => {
  it('keeps the session for later calls until a minute before its assumed end', async () => {
    const t = context(tokenAnswer)
    expect(await authorizeAlso(t.ctx)).toEqual({ Authenticate: `CCPSessionId ${FIXTURE_TOKEN}` })
    t.advance(28 * 60_000)
    await authorizeAlso(t.ctx)
    expect(t.logins()).toBe(1)
    t.advance(90_000)
    await authorizeAlso(t.ctx)
    expect(t.logins()).toBe(2)
  })

  it('makes one login for calls that start together', async () => {
    const t = context(tokenAnswer)
    await Promise.all([authorizeAlso(t.ctx), authorizeAlso(t.ctx), authorizeAlso(t.ctx)])
    expect(t.logins()).toBe(1)
  })

  it('reads a Receiver fault on login as ALSO being unavailable, not as wrong credentials', async () => {
    const receiver = readFixture('fault-invalid-session.xml').replace(
      '<Value>Sender</Value>',
      '<Value>Receiver</Value>',
    )
    const t = context(() => new Response(receiver, { status: 500 }))
    await expect(authorizeAlso(t.ctx)).rejects.toMatchObject({ kind: 'unavailable', status: 500 })
  })

  it('reads a 429 on login as rate limiting', async () => {
    const t = context(() => new Response('', { status: 429, headers: { 'retry-after': '3' } }))
    await expect(authorizeAlso(t.ctx)).rejects.toMatchObject({ kind: 'rate-limited', status: 429 })
  })

  it('asks for the missing password instead of calling ALSO without one', async () => {
    const t = context(tokenAnswer)
    const ctx = { ...t.ctx, credentials: { config: t.ctx.credentials.config, secrets: {} } }
    await expect(authorizeAlso(ctx)).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('no password'),
    })
    expect(t.logins()).toBe(0)
  })
})
