import { sandboxCatalogue } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { distributorRoutes } from '../../src/distributors/routes'
import { forgetSandboxCredentials } from '../../src/distributors/sandbox-credentials'
import { api } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

type Catalogue = {
  distributors: Array<{
    id: string
    sandbox?: { config: Record<string, string>; secrets: Record<string, string> }
  }>
}

const outbound = installOutbound()
let sandboxUp = true
const sandbox = testSandbox()
outbound.serve(SANDBOX_ORIGIN, (request) => {
  if (!sandboxUp) throw new TypeError('connect ECONNREFUSED')
  return sandbox.handler(request)
})

beforeEach(() => {
  sandboxUp = true
  forgetSandboxCredentials()
})

describe('sandbox credentials in GET /api/distributors', () => {
  it('GET /api/distributors in local mode gives each distributor the credentials its simulator accepts', async () => {
    const catalogue = (await api('GET', '/api/distributors')).body as Catalogue
    for (const entry of sandboxCatalogue) {
      expect(catalogue.distributors.find((d) => d.id === entry.id)?.sandbox).toEqual(
        entry.credentials,
      )
    }
  })

  it('GET /api/distributors reads the sandbox once and keeps what it read', async () => {
    await api('GET', '/api/distributors')
    await api('GET', '/api/distributors')
    expect(outbound.requests.filter((r) => r.url.startsWith(SANDBOX_ORIGIN))).toHaveLength(1)
  })

  it('GET /api/distributors leaves the credentials out, without failing, when the sandbox is not running', async () => {
    sandboxUp = false
    const answer = await api('GET', '/api/distributors')
    expect(answer.status).toBe(200)
    const catalogue = answer.body as Catalogue
    expect(catalogue.distributors).toHaveLength(sandboxCatalogue.length)
    expect(catalogue.distributors.every((d) => d.sandbox === undefined)).toBe(true)
    // A failure is not kept: once the sandbox is up the credentials appear.
    sandboxUp = true
    const later = (await api('GET', '/api/distributors')).body as Catalogue
    expect(later.distributors.every((d) => d.sandbox !== undefined)).toBe(true)
  })

  it('GET /api/distributors never lists sandbox credentials outside local mode, nor asks the sandbox', async () => {
    const response = await distributorRoutes.request('/', {}, { ...env, LOCAL_MODE: 'false' })
    const text = await response.text()
    const catalogue = JSON.parse(text) as Catalogue
    expect(catalogue.distributors.every((d) => d.sandbox === undefined)).toBe(true)
    for (const entry of sandboxCatalogue) {
      for (const secret of Object.values(entry.credentials.secrets))
        expect(text).not.toContain(secret)
    }
    expect(outbound.requests.filter((r) => r.url.startsWith(SANDBOX_ORIGIN))).toEqual([])
  })
})
