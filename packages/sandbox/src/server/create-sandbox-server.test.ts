import { describe, expect, it } from 'vitest'
import { createSandboxServer } from './create-sandbox-server'
import { sandboxCatalogue } from './sandbox-catalogue'

describe('createSandboxServer', () => {
  it('mounts one simulator per distributor and lists them', async () => {
    const res = await createSandboxServer().request('/')
    const body = (await res.json()) as { simulators: Array<{ id: string }>; customers: number }
    expect(body.simulators.map((s) => s.id)).toEqual([
      'arrowsphere',
      'also',
      'dickerdata',
      'rhipe',
      'sherweb',
      'crayon',
      'pax8',
      'ingram',
      'tdsynnex',
    ])
    expect(body.customers).toBe(60)
  })

  it("serves the world's billing lines as a CSV of the billing-line import's columns", async () => {
    const res = await createSandboxServer().request('/billing-lines.csv')
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const [header, ...rows] = (await res.text()).trim().split('\r\n')
    expect(header).toBe('customer,description,item code,quantity,unit price,currency,period,start')
    expect(rows.length).toBeGreaterThan(100)
  })

  it('lists the credentials each simulator accepts on its front page', async () => {
    const res = await createSandboxServer().request('/')
    const body = (await res.json()) as {
      simulators: Array<{ id: string; credentials: { config: object; secrets: object } }>
    }
    for (const entry of sandboxCatalogue) {
      expect(body.simulators.find((s) => s.id === entry.id)?.credentials).toEqual(entry.credentials)
    }
  })

  it('refuses a request without credentials on every simulator', async () => {
    const app = createSandboxServer()
    const probes: Record<string, [string, RequestInit?]> = {
      arrowsphere: ['/arrowsphere/customers'],
      also: [
        '/also/GetCompanies',
        { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } },
      ],
      dickerdata: [
        '/dickerdata/Subscriptions/GetTenant',
        { method: 'POST', body: '{"In":{}}', headers: { 'content-type': 'application/json' } },
      ],
      rhipe: ['/rhipe/api/v1/me/customers'],
      sherweb: ['/sherweb/service-provider/v1/customers'],
      crayon: ['/crayon/api/v1/customertenants/'],
      pax8: ['/pax8/v1/companies'],
      ingram: ['/ingram/customers'],
      tdsynnex: ['/tdsynnex/api/v3/accounts/1002345/customers'],
    }
    for (const entry of sandboxCatalogue) {
      const [path, init] = probes[entry.id] ?? ['/']
      const res = await app.request(path, init)
      expect([401, 403, 500], `${entry.id} ${path} answered ${res.status}`).toContain(res.status)
    }
  })
})
