import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../src/vault'
import { clearConnections } from '../vault/vault-env'
import { api, sherwebBody } from './local-api'

const BURST = 20

// Each PATCH changes one thing, so a write that read the record before another one committed would
// put the other one's field back to what it was: a lost write the API had answered 200 to.
function patchOf(i: number) {
  if (i % 3 === 0) return { name: `Sherweb ${i}` }
  if (i % 3 === 1) return { config: { companyName: `company-${i}` } }
  return { secrets: { clientSecret: `client-secret-${i}` } }
}

describe('a burst of writes to one connection', () => {
  beforeEach(clearConnections)

  it('PATCH /api/connections/:id twenty times at once loses none of the acknowledged writes', async () => {
    const created = await api(
      'POST',
      '/api/connections',
      sherwebBody({ clientSecret: 'client-secret-original', subscriptionKey: 'key-original' }),
    )
    const id: string = created.body.id
    const patches = Array.from({ length: BURST }, (_, i) => patchOf(i))

    const answers = await Promise.all(patches.map((p) => api('PATCH', `/api/connections/${id}`, p)))

    expect(answers.map((a) => a.status)).toEqual(patches.map(() => 200))
    const final = await api('GET', `/api/connections/${id}`)
    const { credentials } = await openConnection(env, id)
    // Whichever order the writes took, the last of each kind wins and none is undone by another kind.
    expect(patches.map((p) => p.name).filter(Boolean)).toContain(final.body.name)
    expect(patches.map((p) => p.config?.companyName).filter(Boolean)).toContain(
      final.body.config.companyName,
    )
    expect(patches.map((p) => p.secrets?.clientSecret).filter(Boolean)).toContain(
      credentials.secrets.clientSecret,
    )
    expect(credentials.secrets.subscriptionKey).toBe('key-original')
    expect(final.body.config).toMatchObject({
      environment: 'sandbox',
      clientId: 'seatkeeper-sandbox-client',
    })
  })
})
