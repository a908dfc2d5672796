/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { fixtureServer, json, type Override, type Seen } from '@seatkeeper/distributors/testing'

// Test support: ConnectWise PSA's sample answers (fixtures/psa/connectwise/, its README says which
// answers which call) served as api-aus.myconnectwise.net would: Basic auth + clientId checked,
// bare arrays sliced by page/pageSize, additions kept in memory so a write shows in the next read.
const FIXTURES = new URL('../../../../fixtures/psa/connectwise/', import.meta.url)
export const cwFixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')
export const cwFixture = <T = any>(name: string): T => JSON.parse(cwFixtureText(name)) as T

export const CW_ORIGIN = 'https://api-aus.myconnectwise.net'
export const CW_ROOT = '/v2025_1/apis/3.0'
export const CW_BASIC = `Basic ${btoa('contosomsp+pub-key:CANARY-cw-priv')}`

export function cwServer(override?: Override) {
  const companies = [...cwFixture('companies-page1.json'), ...cwFixture('companies-page2.json')]
  const agreements = cwFixture('agreements.json')
  const additions: Record<string, any[]> = {
    '7001': cwFixture('additions-agreement-7001.json'),
    '7002': [],
  }
  let nextId = 50_000
  const writes: Seen[] = []
  const page = (rows: unknown[], q: URLSearchParams) => {
    const size = Number(q.get('pageSize') ?? 25)
    const n = Number(q.get('page') ?? 1)
    return json(JSON.stringify(rows.slice((n - 1) * size, n * size)))
  }
  const server = fixtureServer(
    CW_ORIGIN,
    (seen) => {
      const path = seen.url.pathname
      const q = seen.url.searchParams
      if (path === '/login/companyinfo/contosomsp') return json(cwFixtureText('companyinfo.json'))
      if (
        seen.headers.get('authorization') !== CW_BASIC ||
        seen.headers.get('clientid') !== 'client-guid'
      ) {
        return json(cwFixtureText('error-401.json'), 401)
      }
      if (!path.startsWith(CW_ROOT)) return json(cwFixtureText('error-404.json'), 404)
      const rest = path.slice(CW_ROOT.length)
      if (seen.method !== 'GET') writes.push(seen)
      if (rest === '/company/companies') return page(companies, q)
      if (rest === '/company/companies/count')
        return json(JSON.stringify({ count: companies.length }))
      if (rest === '/finance/agreements') {
        const company = /company\/id=(\d+)/.exec(q.get('conditions') ?? '')?.[1]
        return page(
          agreements.filter((a: any) => !company || String(a.company.id) === company),
          q,
        )
      }
      const agreement = /^\/finance\/agreements\/(\d+)$/.exec(rest)
      if (agreement) {
        const found = agreements.find((a: any) => String(a.id) === agreement[1])
        return found ? json(JSON.stringify(found)) : json(cwFixtureText('error-404.json'), 404)
      }
      const list = /^\/finance\/agreements\/(\d+)\/additions$/.exec(rest)
      if (list) {
        const rows = additions[list[1]!] ?? []
        if (seen.method === 'GET') return page(rows, q)
        const body = JSON.parse(seen.body)
        if (!body.product?.id) return json(cwFixtureText('error-400-invalidobject.json'), 400)
        const created = {
          ...body,
          id: nextId++,
          agreementId: Number(list[1]),
          product: { ...body.product, identifier: 'M365-BP' },
          description: body.invoiceDescription,
          cancelledDate: null,
        }
        rows.push(created)
        return json(JSON.stringify(created), 201)
      }
      const one = /^\/finance\/agreements\/(\d+)\/additions\/(\d+)$/.exec(rest)
      if (one) {
        const row = (additions[one[1]!] ?? []).find((a) => String(a.id) === one[2])
        if (!row) return json(cwFixtureText('error-404.json'), 404)
        if (seen.method === 'PATCH') {
          for (const op of JSON.parse(seen.body)) row[String(op.path).replace(/^\//, '')] = op.value
        }
        return json(JSON.stringify(row))
      }
      return json(cwFixtureText('error-404.json'), 404)
    },
    override,
  )
  return { ...server, writes, additions }
}
