import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CredentialsUnreadableError,
  openConnection,
  readStoredConnection,
  rotateCredentialsKey,
  saveConnection,
  VaultKeyError,
} from '../../src/vault'
import { clearConnections, envWithKeys, KEY_A, KEY_B, meta } from './vault-env'

const SECRETS = {
  clientSecret: 'CANARY-SECRET-9f3a-rotation',
  subscriptionKey: 'subscription-key-1',
}

describe('credential key rotation', () => {
  beforeEach(clearConnections)

  it('reads records written under a previous key and rewraps them to the current key', async () => {
    await saveConnection(envWithKeys(KEY_A), meta('r1'), SECRETS)
    const before = await readStoredConnection(env, 'r1')
    const rotated = envWithKeys(KEY_B, [KEY_A])

    expect((await openConnection(rotated, 'r1')).credentials.secrets).toEqual(SECRETS)
    const after = await readStoredConnection(env, 'r1')
    expect(after?.secrets.keyId).toBe('test-2')
    expect(after?.secrets.iv).not.toBe(before?.secrets.iv)
    expect(after?.updatedAt).toBe(before?.updatedAt)
    // Key A can go now: the record opens with key B alone.
    expect((await openConnection(envWithKeys(KEY_B), 'r1')).credentials.secrets).toEqual(SECRETS)
  })

  it('rewraps every record, then still reads them all once the old key is removed', async () => {
    const old = envWithKeys(KEY_A)
    await saveConnection(old, meta('a'), SECRETS)
    await saveConnection(old, meta('b'), SECRETS)
    await saveConnection(envWithKeys(KEY_B), meta('c'), SECRETS)

    expect(await rotateCredentialsKey(envWithKeys(KEY_B, [KEY_A]))).toEqual({
      rewrapped: 2,
      alreadyCurrent: 1,
      failed: [],
    })
    expect(await rotateCredentialsKey(envWithKeys(KEY_B, [KEY_A]))).toEqual({
      rewrapped: 0,
      alreadyCurrent: 3,
      failed: [],
    })
    for (const id of ['a', 'b', 'c']) {
      expect((await openConnection(envWithKeys(KEY_B), id)).credentials.secrets).toEqual(SECRETS)
    }
  })

  it('lists the records no key opens as failed and rotates the rest', async () => {
    await saveConnection(envWithKeys(KEY_A), meta('lost'), SECRETS)
    await saveConnection(envWithKeys(KEY_B), meta('kept'), SECRETS)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await rotateCredentialsKey(envWithKeys(KEY_B))).toEqual({
      rewrapped: 0,
      alreadyCurrent: 1,
      failed: ['lost'],
    })
    expect(warn.mock.calls.flat().join(' ')).toBe(
      'Key rotation could not re-seal connection lost (CredentialsUnreadableError).',
    )
    warn.mockRestore()
  })

  it('fails closed on a record sealed with a key id the edge does not have, naming the key id', async () => {
    await saveConnection(envWithKeys(KEY_A), meta('orphan'), SECRETS)
    const error = await openConnection(envWithKeys(KEY_B), 'orphan').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CredentialsUnreadableError)
    expect((error as Error).message).toContain('sealed with key "test-1"')
    expect((error as Error).message).toContain('CREDENTIALS_PREVIOUS_KEYS')
  })

  it('names CREDENTIALS_KEY and how to make one when it is not 32 bytes of base64, without printing it', async () => {
    const short = btoa('sixteen-byte-key')
    const error = await openConnection({ ...env, CREDENTIALS_KEY: short }, 'any').catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(VaultKeyError)
    expect((error as Error).message).toContain('CREDENTIALS_KEY')
    expect((error as Error).message).toContain('openssl rand -base64 32')
    expect((error as Error).message).not.toContain(short)
  })

  it('names CREDENTIALS_PREVIOUS_KEYS when it is not JSON', async () => {
    const error = await openConnection(
      { ...env, CREDENTIALS_PREVIOUS_KEYS: 'not json' },
      'any',
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VaultKeyError)
    expect((error as Error).message).toContain('CREDENTIALS_PREVIOUS_KEYS is not JSON')
  })

  it('names the entry of CREDENTIALS_PREVIOUS_KEYS whose key is malformed, without printing it', async () => {
    const bad = envWithKeys(KEY_B, [{ id: 'old-1', material: 'AAAA' }])
    const error = await openConnection(bad, 'any').catch((e: unknown) => e)
    expect((error as Error).message).toContain('CREDENTIALS_PREVIOUS_KEYS["old-1"]')
    expect((error as Error).message).not.toContain('AAAA')
  })

  it('refuses to run without a CREDENTIALS_KEY_ID', async () => {
    await expect(openConnection({ ...env, CREDENTIALS_KEY_ID: '' }, 'any')).rejects.toThrow(
      /CREDENTIALS_KEY_ID/,
    )
  })
})
