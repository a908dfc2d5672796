import { PsaListSchema } from '@seatkeeper/core'
import { adapters } from '@seatkeeper/distributors'
import { psaAdapters } from '@seatkeeper/psa'
import { psaSandboxCatalogue } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { distributorRoutes, psaRoutes } from '../../src/distributors/routes'
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

describe('GET /api/psas', () => {
  it('GET /api/psas lists every PSA with its form and, in local mode, the credentials its simulator accepts', async () => {
    const answer = await api('GET', '/api/psas')
    expect(answer.status).toBe(200)
    const psas = v.parse(PsaListSchema, answer.body).psas
    expect(psas.map((p) => p.id)).toEqual(psaAdapters.map((a) => a.id))
    expect(psas.find((p) => p.id === 'halopsa')).toMatchObject({ label: 'HaloPSA' })
    expect(
      psas.find((p) => p.id === 'halopsa')?.fields.find((f) => f.key === 'clientSecret'),
    ).toMatchObject({ secret: true, required: true })
    for (const entry of psaSandboxCatalogue)
      expect(psas.find((p) => p.id === entry.id)?.sandbox).toEqual(entry.credentials)
    // The PSAs are not offered as distributors: the Connections page's distributor list is unchanged.
    const distributors = (await api('GET', '/api/distributors')).body as Catalogue
    expect(distributors.distributors.map((d) => d.id)).not.toContain('halopsa')
  })

  it('GET /api/psas hides the sandbox choice and credentials outside local mode', async () => {
    const response = await psaRoutes.request('/', {}, { ...env, LOCAL_MODE: 'false' })
    const psas = ((await response.json()) as { psas: Catalogue['distributors'] }).psas
    expect(psas).toHaveLength(psaAdapters.length)
    expect(optionValues({ distributors: psas })).not.toContain('sandbox')
    expect(JSON.stringify(psas)).not.toContain('sandbox-halo-secret')
  })
})
