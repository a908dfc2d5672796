import { describe, expect, it } from 'vitest'
import { createMemoryRotation } from './create-memory-rotation'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('createMemoryRotation', () => {
  it('runs two concurrent exchanges one after the other, the second with the token the first got', async () => {
    const rotation = createMemoryRotation({ refreshToken: 'rt-0' })
    const spent: string[] = []
    const exchange = async (current: Readonly<Record<string, string>>) => {
      const used = current.refreshToken ?? ''
      spent.push(used)
      await tick()
      const next = `rt-${Number(used.slice(3)) + 1}`
      return { secrets: { refreshToken: next }, result: `access-for-${used}` }
    }
    const results = await Promise.all([rotation.rotate(exchange), rotation.rotate(exchange)])
    expect(spent).toEqual(['rt-0', 'rt-1'])
    expect(results).toEqual(['access-for-rt-0', 'access-for-rt-1'])
    expect(rotation.secrets.refreshToken).toBe('rt-2')
  })

  it('keeps the secrets of a failed exchange for the next one', async () => {
    const rotation = createMemoryRotation({ refreshToken: 'rt-0' })
    await expect(
      rotation.rotate(async () => {
        throw new Error('token endpoint down')
      }),
    ).rejects.toThrow('token endpoint down')
    const used = await rotation.rotate(async (current) => ({
      secrets: { refreshToken: 'rt-1' },
      expiresAt: '2026-03-01T00:00:00.000Z',
      result: current.refreshToken,
    }))
    expect(used).toBe('rt-0')
    expect(rotation.expiresAt).toBe('2026-03-01T00:00:00.000Z')
  })
})
