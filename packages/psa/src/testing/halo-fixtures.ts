/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { fixtureServer, json, type Override, type Seen } from '@seatkeeper/distributors/testing'

// Test support: HaloPSA's sample answers (fixtures/psa/halopsa/, its README says which answers
// which call) served as contosomsp.halopsa.com would, with recurring-invoice lines and licences
// kept in memory so a write shows in the next read, and every request recorded.
const FIXTURES = new URL('../../../../fixtures/psa/halopsa/', import.meta.url)
export const haloFixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')
export const haloFixture = <T = any>(name: string): T => JSON.parse(haloFixtureText(name)) as T

export const HALO_ORIGIN = 'https://contosomsp.halopsa.com'

export function haloServer(override?: Override) {
  const invoices = haloFixture('recurringinvoices-includelines.json')
  const licences = haloFixture('softwarelicences-client-12.json')
  const writes: Seen[] = []
  const server = fixtureServer(
    HALO_ORIGIN,
    (seen) => {
      const path = seen.url.pathname
      const q = seen.url.searchParams
      if (path === '/api/authinfo') return json(haloFixtureText('authinfo.json'))
      if (path === '/auth/token') {
        const form = new URLSearchParams(seen.body)
        if (q.get('tenant') !== 'contosomsp') return json('{"error":"invalid_request"}', 400)
        if (form.get('client_secret') !== 'CANARY-halo-s3cret') {
          return json(haloFixtureText('token-error-401.json'), 401)
        }
        return json(haloFixtureText('token.json'))
      }
      if (!seen.headers.get('authorization')?.startsWith('Bearer '))
        return json('{"Message":"Unauthorized"}', 401)
      if (seen.method === 'POST') writes.push(seen)
      if (path === '/api/Client') {
        return json(
          haloFixtureText(q.get('page_no') === '2' ? 'clients-page2.json' : 'clients-page1.json'),
        )
      }
      if (path === '/api/RecurringInvoice') {
        const client = q.get('client_id')
        const list = invoices.invoices.filter((i: any) => !client || String(i.client_id) === client)
        return json(
          JSON.stringify({
            record_count: list.length,
            invoices: q.get('page_no') === '1' ? list : [],
          }),
        )
      }
      const one = /^\/api\/RecurringInvoice\/(-?\d+)$/.exec(path)
      if (one) {
        const invoice = invoices.invoices.find((i: any) => String(i.id) === one[1])
        return invoice
          ? json(JSON.stringify(invoice))
          : json('{"ClassName":"NotFound","Message":"Invoice not found"}', 404)
      }
      if (path === '/api/RecurringInvoice/updatelines' && seen.method === 'POST') {
        const updated = []
        for (const change of JSON.parse(seen.body)) {
          const invoice = invoices.invoices.find((i: any) => i.id === change.ihid)
          const line = invoice?.lines.find((l: any) => l.id === change.id)
          if (!line) return json('{"ClassName":"HaloException","Message":"Invalid line id"}', 400)
          Object.assign(line, change)
          updated.push(line)
        }
        return json(JSON.stringify(updated))
      }
      if (path === '/api/SoftwareLicence' && seen.method === 'GET') {
        const client = q.get('client_id')
        const list = licences.licences.filter((l: any) => !client || String(l.client_id) === client)
        return json(
          JSON.stringify({
            record_count: list.length,
            licences: q.get('page_no') === '1' ? list : [],
          }),
        )
      }
      if (path === '/api/SoftwareLicence' && seen.method === 'POST') {
        for (const change of JSON.parse(seen.body)) {
          const licence = licences.licences.find((l: any) => l.id === change.id)
          if (!licence)
            return json('{"ClassName":"HaloException","Message":"Invalid licence id"}', 400)
          Object.assign(licence, change)
        }
        return json(seen.body)
      }
      const licence = /^\/api\/SoftwareLicence\/(\d+)$/.exec(path)
      if (licence) {
        const found = licences.licences.find((l: any) => String(l.id) === licence[1])
        return found ? json(JSON.stringify(found)) : json('{"Message":"Not found"}', 404)
      }
      return json('{"Message":"No such route"}', 404)
    },
    override,
  )
  return { ...server, writes, invoices, licences }
}
