import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { connectArrowSphere } from '../testing/arrowsphere/fixture-client'
import { arrowsphereAdapter } from './index'
import { serveFixtures } from '../testing/arrowsphere/serve-fixtures'

describe('ArrowSphere testConfiguration against the shared fixtures', () => {
  it('names the partner company and counts its customers when the key works', async () => {
    const result = await arrowsphereAdapter.testConfiguration(
      connectArrowSphere(serveFixtures().fetch),
    )
    expect(result).toEqual({
      ok: true,
      message:
        'Connected to ArrowSphere as Contoso MSP Pty Ltd (XSP10001). 4 customers visible to this API key.',
      details: {
        companyName: 'Contoso MSP Pty Ltd',
        reference: 'XSP10001',
        currency: 'AUD',
        customers: '4',
      },
    })
  })

  it('fails with an auth error that says where the key lives and never repeats it', async () => {
    const wrongKey = 'wrong-key-5f3a9c1d2e'
    const error = await arrowsphereAdapter
      .testConfiguration(connectArrowSphere(serveFixtures().fetch, wrongKey))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect(error).toMatchObject({
      kind: 'auth',
      distributor: 'arrowsphere',
      call: 'GET /whoami',
      status: 401,
    })
    const message = (error as Error).message
    expect(message).toContain('xSP > API > API Keys')
    expect(message).toContain('Invalid API key')
    expect(message).not.toContain(wrongKey)
  })

  it('fails with a contract error naming the field when whoami has no company name', async () => {
    const server = serveFixtures((file, json) => {
      if (file === 'whoami.json') delete json.data.companyName
      return json
    })
    await expect(
      arrowsphereAdapter.testConfiguration(connectArrowSphere(server.fetch)),
    ).rejects.toMatchObject({
      kind: 'contract',
      distributor: 'arrowsphere',
      call: 'GET /whoami',
      field: 'data.companyName',
    })
  })
})
