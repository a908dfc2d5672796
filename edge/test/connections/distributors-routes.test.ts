import { adapters } from '@seatkeeper/distributors'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { distributorRoutes } from '../../src/distributors/routes'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { api } from './local-api'

// In local mode the catalogue reads the simulators' sandbox credentials from the sandbox server.
installOutbound({ [SANDBOX_ORIGIN]: testSandbox().handler })

type Catalogue = {
  distributors: Array<{
    id: string
    label: string
    fields: Array<{
      key: string
      secret: boolean
      required: boolean
      options?: Array<{ value: string }>
    }>
  }>
}

const optionValues = (catalogue: Catalogue) =>
  catalogue.distributors.flatMap((d) =>
    d.fields.flatMap((f) => (f.options ?? []).map((o) => o.value)),
  )

describe('GET /api/distributors', () => {
  it('GET /api/distributors lists every adapter with its form, sandbox included in local mode', async () => {
    const answer = await api('GET', '/api/distributors')
    const catalogue = answer.body as Catalogue
    expect(catalogue.distributors.map((d) => d.id)).toEqual(adapters.map((a) => a.id))
    const sherweb = catalogue.distributors.find((d) => d.id === 'sherweb')
    expect(sherweb?.label).toBe('Sherweb')
    expect(sherweb?.fields.find((f) => f.key === 'clientSecret')).toMatchObject({
      secret: true,
      required: true,
    })
    expect(sherweb?.fields.find((f) => f.key === 'clientId')).toMatchObject({
      secret: false,
      required: true,
    })
    expect(optionValues(catalogue)).toContain('sandbox')
  })

  it('GET /api/distributors hides the sandbox option outside local mode', async () => {
    const response = await distributorRoutes.request('/', {}, { ...env, LOCAL_MODE: 'false' })
    const catalogue = (await response.json()) as Catalogue
    expect(catalogue.distributors).toHaveLength(adapters.length)
    expect(optionValues(catalogue)).not.toContain('sandbox')
    expect(optionValues(catalogue)).toContain('production')
  })
})
