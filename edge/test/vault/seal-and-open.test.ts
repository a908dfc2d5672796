import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  ConnectionNotFoundError,
  CredentialsUnreadableError,
  openConnection,
  readStoredConnection,
  saveConnection,
  type StoredConnection,
} from '../../src/vault'
import { clearConnections, meta } from './vault-env'

const SECRETS = {
  clientSecret: 'CANARY-SECRET-9f3a-vault-1',
  subscriptionKey: 'CANARY-SECRET-9f3a-vault-2',
}

describe('the credential vault', () => {
  beforeEach(clearConnections)

  it('stores secrets only as ciphertext, with the key id and a fresh IV on every write', async () => {
    const first = await saveConnection(env, meta('c1'), SECRETS)
    const second = await saveConnection(env, meta('c1'), SECRETS)
    const raw = await env.CREDENTIALS.get('connection:c1')
    expect(raw).not.toContain('CANARY-SECRET')
    expect(first.secrets.keyId).toBe('test-1')
    expect(first.secrets.fields).toEqual(['clientSecret', 'subscriptionKey'])
    expect(first.secrets.iv).not.toBe(second.secrets.iv)
    expect(first.secrets.ciphertext).not.toBe(second.secrets.ciphertext)
    expect(atob(first.secrets.iv)).toHaveLength(12)
  })

  it('opens a connection with its decrypted credentials and its adapter', async () => {
    await saveConnection(env, meta('c2'), SECRETS)
    const opened = await openConnection(env, 'c2')
    expect(opened.adapter.id).toBe('sherweb')
    expect(opened.credentials).toEqual({ config: meta('c2').config, secrets: SECRETS })
    expect(opened.connection).not.toHaveProperty('secrets')
  })

  it('refuses a connection that does not exist as not found', async () => {
    const error = await openConnection(env, 'nobody').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionNotFoundError)
    expect((error as ConnectionNotFoundError).kind).toBe('not-found')
  })

  it('fails closed when ciphertext is moved to another connection record', async () => {
    const victim = await saveConnection(env, meta('victim'), SECRETS)
    await saveConnection(env, meta('attacker'), {
      clientSecret: 'attacker-secret',
      subscriptionKey: 'attacker-key',
    })
    const attacker = (await readStoredConnection(env, 'attacker')) as StoredConnection
    await env.CREDENTIALS.put(
      'connection:attacker',
      JSON.stringify({ ...attacker, secrets: victim.secrets }),
    )

    const error = await openConnection(env, 'attacker').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CredentialsUnreadableError)
    expect((error as Error).message).toMatch(
      /cannot be decrypted.*does not belong to this connection/,
    )
    expect(String(error)).not.toContain('CANARY-SECRET')
  })

  it('fails closed when a whole record is copied under another id', async () => {
    await saveConnection(env, meta('original'), SECRETS)
    await env.CREDENTIALS.put(
      'connection:copy',
      (await env.CREDENTIALS.get('connection:original')) as string,
    )
    await expect(openConnection(env, 'copy')).rejects.toBeInstanceOf(CredentialsUnreadableError)
  })

  it('fails closed when one byte of the ciphertext is altered', async () => {
    const record = await saveConnection(env, meta('tampered'), SECRETS)
    const bytes = Uint8Array.from(atob(record.secrets.ciphertext), (c) => c.charCodeAt(0))
    bytes[0] = (bytes[0] ?? 0) ^ 1
    const ciphertext = btoa(String.fromCharCode(...bytes))
    await env.CREDENTIALS.put(
      'connection:tampered',
      JSON.stringify({ ...record, secrets: { ...record.secrets, ciphertext } }),
    )
    await expect(openConnection(env, 'tampered')).rejects.toBeInstanceOf(CredentialsUnreadableError)
  })

  it('refuses a record whose shape does not fit, naming the connection', async () => {
    await env.CREDENTIALS.put(
      'connection:broken',
      JSON.stringify({ id: 'broken', secrets: 'plain' }),
    )
    await expect(openConnection(env, 'broken')).rejects.toThrow(
      /connection "broken" cannot be decrypted/,
    )
  })
})
