/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { fixtureServer, json, type Override, type Seen } from '@seatkeeper/distributors/testing'

// Test support: Autotask's sample answers (fixtures/psa/autotask/, its README says which answers
// which call) served as zone 15 would: the three headers checked, queries filtered by their eq/in
// conditions, companies paged through nextPageUrl, and an adjustment splitting the units row at its
// effective date (new total from that day), refused below 0 units.
const FIXTURES = new URL('../../../../fixtures/psa/autotask/', import.meta.url)
export const atFixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')
export const atFixture = <T = any>(name: string): T => JSON.parse(atFixtureText(name)) as T

export const AT_ORIGIN = 'https://webservices15.autotask.net'
const ROOT = '/ATServicesRest/V1.0'
const ENTITIES: Record<string, string> = {
  Contracts: 'contracts-query.json',
  ContractServices: 'contractservices-query.json',
  ContractServiceUnits: 'contractserviceunits-query.json',
  Services: 'services-query.json',
}

const matches = (item: any, filter: any[]) =>
  filter.every((f) =>
    f.op === 'eq'
      ? item[f.field] === f.value
      : f.op === 'in'
        ? f.value.includes(item[f.field])
        : true,
  )

export function atServer(override?: Override) {
  const tables: Record<string, any[]> = Object.fromEntries(
    Object.entries(ENTITIES).map(([entity, file]) => [entity, atFixture(file).items]),
  )
  const writes: Seen[] = []
  const page = (items: unknown[], next: string | null = null) =>
    json(
      JSON.stringify({
        items,
        pageDetails: {
          count: items.length,
          requestCount: 500,
          prevPageUrl: null,
          nextPageUrl: next,
        },
      }),
    )
  const server = fixtureServer(
    AT_ORIGIN,
    (seen) => {
      const h = seen.headers
      if (
        h.get('apiintegrationcode') !== 'TRACKING-ID-27-CHARS-000000' ||
        h.get('username') !== 'api@contosomsp.example' ||
        h.get('secret') !== 'CANARY-at-s3cret'
      ) {
        return json('{"errors":["User is not authorized."]}', 401)
      }
      const path = seen.url.pathname.slice(ROOT.length)
      if (path === '/ThresholdInformation') return json(atFixtureText('thresholdinformation.json'))
      if (path === '/Companies/query') return json(atFixtureText('companies-query-page1.json'))
      if (path === '/Companies/query/next') return json(atFixtureText('companies-query-page2.json'))
      const query = /^\/(\w+)\/query$/.exec(path)
      if (query && tables[query[1]!])
        return page(tables[query[1]!]!.filter((i) => matches(i, JSON.parse(seen.body).filter)))
      if (path === '/ContractServiceAdjustments' && seen.method === 'POST') {
        writes.push(seen)
        const a = JSON.parse(seen.body)
        const day = String(a.effectiveDate).slice(0, 10)
        const rows = tables.ContractServiceUnits!.filter(
          (r) => r.contractServiceID === a.contractServiceID,
        )
        const current = rows
          .filter((r) => r.startDate.slice(0, 10) <= day && day <= r.endDate.slice(0, 10))
          .sort((x, y) => y.startDate.localeCompare(x.startDate))[0]
        const units = (current?.units ?? 0) + a.unitChange
        if (units < 0) return json(atFixtureText('error-400.json'), 400)
        if (current && current.startDate.slice(0, 10) === day) current.units = units
        else {
          const split = {
            ...(current ?? {
              contractServiceID: a.contractServiceID,
              endDate: `${day}T00:00:00.000Z`,
            }),
            startDate: `${day}T00:00:00.000Z`,
            units,
          }
          tables.ContractServiceUnits!.push(split)
        }
        return json(atFixtureText('contractserviceadjustment-response.json'))
      }
      return json('{"errors":["No such entity."]}', 404)
    },
    override,
  )
  return { ...server, writes, tables }
}
