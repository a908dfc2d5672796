import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { registerStub } from '../../src/register/register-stub'
import { openConnection, saveConnection, vaultRotation } from '../../src/vault'
import { meta } from './vault-env'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/** An exchange like a rotating refresh-token grant: spends `refreshToken`, returns its successor. */
function exchanger(spent: string[]) {
  return async (current: Readonly<Record<string, string>>) => {
    const used = current.refreshToken ?? ''
    spent.push(used)
    await tick()
    return {
      secrets: { refreshToken: `${used}+` },
      expiresAt: '2027-01-01T00:00:00.000Z',
      result: `access-for-${used}`,
    }
  }
}

async function saved(id: string, refreshToken: string) {
  await saveConnection(
    env,
    { ...meta(id, 'tdsynnex'), config: { environment: 'sandbox', accountId: '1' } },
    { refreshToken },
  )
  return openConnection(env, id)
}

describe('the vault\u2019s rotating secrets', () => {
  it('serialises two concurrent exchanges of one connection: each spends a different token', async () => {
    const opened = await saved('rot-1', 'rt')
    const spent: string[] = []
    // Two runs, each with its own view of the connection, as two isolates would have.
    const a = vaultRotation(env, registerStub(env), opened)
    const b = vaultRotation(env, registerStub(env), await openConnection(env, 'rot-1'))
    const results = await Promise.all([a.rotate(exchanger(spent)), b.rotate(exchanger(spent))])
    expect(spent.sort()).toEqual(['rt', 'rt+'])
    expect(results.sort()).toEqual(['access-for-rt', 'access-for-rt+'])
    const third: string[] = []
    await vaultRotation(env, registerStub(env), opened).rotate(exchanger(third))
    expect(third).toEqual(['rt++'])
  })

  it('shows the expiry the last exchange gave in the connection statuses', async () => {
    const opened = await saved('rot-2', 'rt')
    await vaultRotation(env, registerStub(env), opened).rotate(exchanger([]))
    const statuses = await registerStub(env).connectionStatuses()
    expect(statuses['rot-2']?.credentialsExpireAt).toBe('2027-01-01T00:00:00.000Z')
  })

  it('uses a token the user saved after the last exchange instead of the rotated one', async () => {
    const opened = await saved('rot-3', 'rt')
    await vaultRotation(env, registerStub(env), opened).rotate(exchanger([]))
    await tick()
    const resaved = await saved('rot-3', 'portal-new')
    const spent: string[] = []
    await vaultRotation(env, registerStub(env), resaved).rotate(exchanger(spent))
    expect(spent).toEqual(['portal-new'])
  })

  it('keeps the secrets and frees the lock when an exchange fails', async () => {
    const opened = await saved('rot-4', 'rt')
    const rotation = vaultRotation(env, registerStub(env), opened)
    await expect(
      rotation.rotate(async () => {
        throw new Error('token endpoint down')
      }),
    ).rejects.toThrow('token endpoint down')
    const spent: string[] = []
    await rotation.rotate(exchanger(spent))
    expect(spent).toEqual(['rt'])
  })
})
