import { runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { RegisterObject } from '../../src/register/register-object'
import { registerStub } from '../../src/register/register-stub'
import { uniqueId } from './register-api'

const HOUR = 60 * 60 * 1000
const leaseKey = () => `${uniqueId('conn')}:2026-11-21`

describe('integrator leases', () => {
  it('answers held to a second holder while the first lease runs', async () => {
    const key = leaseKey()
    const register = registerStub(env)

    expect(await register.acquireLease(key, 'message-1', HOUR)).toBe('acquired')
    expect(await register.acquireLease(key, 'message-2', HOUR)).toBe('held')
  })

  it('answers done to everyone once the lease is completed, its holder included', async () => {
    const key = leaseKey()
    const register = registerStub(env)
    await register.acquireLease(key, 'message-1', HOUR)

    await register.completeLease(key, 'message-1')

    expect(await register.acquireLease(key, 'message-2', HOUR)).toBe('done')
    expect(await register.acquireLease(key, 'message-1', HOUR)).toBe('done')
  })

  it('lets the same holder re-take its own running lease (a retried message)', async () => {
    const key = leaseKey()
    const register = registerStub(env)
    await register.acquireLease(key, 'message-1', HOUR)

    expect(await register.acquireLease(key, 'message-1', HOUR)).toBe('acquired')
  })

  it('lets anyone take over a lease whose holder let it expire', async () => {
    const key = leaseKey()
    const register = registerStub(env)
    await register.acquireLease(key, 'crashed', 1)
    await new Promise((resolve) => setTimeout(resolve, 5))

    expect(await register.acquireLease(key, 'message-2', HOUR)).toBe('acquired')
    expect(await register.acquireLease(key, 'crashed', HOUR)).toBe('held')
  })

  it('frees a released lease for the next holder, but only its own holder may release it', async () => {
    const key = leaseKey()
    const register = registerStub(env)
    await register.acquireLease(key, 'message-1', HOUR)

    await register.releaseLease(key, 'someone-else')
    expect(await register.acquireLease(key, 'message-2', HOUR)).toBe('held')
    await register.releaseLease(key, 'message-1')
    expect(await register.acquireLease(key, 'message-2', HOUR)).toBe('acquired')
  })

  it("forgets a connection's leases with the connection", async () => {
    const connectionId = uniqueId('conn')
    const key = `${connectionId}:2026-11-21`
    const register = registerStub(env)
    await register.acquireLease(key, 'message-1', HOUR)

    await register.forgetConnection(connectionId)

    const rows = await runInDurableObject(
      env.REGISTER.get(env.REGISTER.idFromName('register')),
      (_: RegisterObject, state) =>
        state.storage.sql.exec('SELECT key FROM leases WHERE key = ?', key).toArray(),
    )
    expect(rows).toEqual([])
  })
})
