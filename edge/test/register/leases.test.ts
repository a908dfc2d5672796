import { runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { RegisterObject } from '../../src/register/register-object'
import { startHeartbeat } from '../../src/integrator/lease-heartbeat'
import { registerStub } from '../../src/register/register-stub'
import { uniqueId } from './register-api'

const HOUR = 60 * 60 * 1000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
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

  it('keeps a short lease held while its run beats, and frees it within the TTL once the beats stop', async () => {
    const key = leaseKey()
    const register = registerStub(env)
    // Generous margins: the beats are RPCs on a machine other tests load too.
    const lease = { key, holder: 'alive', ttlMs: 600 }
    expect(await register.acquireLease(key, 'alive', lease.ttlMs)).toBe('acquired')
    const heartbeat = startHeartbeat(register, lease, 50)
    try {
      // Well past the TTL, still held: the beats renewed it.
      await sleep(1500)
      expect(await register.acquireLease(key, 'other', HOUR)).toBe('held')
    } finally {
      heartbeat.stop()
    }
    // The run died (no more beats): free once its last renewal lapses, not after a long TTL.
    await sleep(900)
    expect(await register.acquireLease(key, 'other', HOUR)).toBe('acquired')
  })

  it('does not renew a lease that another holder has taken over', async () => {
    const key = leaseKey()
    const register = registerStub(env)
    await register.acquireLease(key, 'crashed', 1)
    await sleep(5)
    await register.acquireLease(key, 'next', HOUR)
    expect(await register.renewLease(key, 'crashed', HOUR)).toBe(false)
    expect(await register.renewLease(key, 'next', HOUR)).toBe(true)
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
