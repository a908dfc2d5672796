import { type PlanOperation, type Register, type SnapshotLine } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { applyNow, snapshot, uniqueId } from './register-api'

// More customers than one snapshot page holds (2,000), so the snapshot takes several RPC pages.
const CUSTOMERS = 2_500

async function get(path: string): Promise<Response> {
  return app.request(`http://127.0.0.1${path}`, { method: 'GET' }, { ...env, LOCAL_MODE: 'true' })
}

const parseLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SnapshotLine)

/** The register a snapshot's lines make, as a browser assembles it. */
function assemble(lines: SnapshotLine[]): Register {
  const register: Register = {
    version: -1,
    topLevels: [],
    customers: [],
    subscriptions: [],
    mappings: [],
    billingLines: [],
    dismissals: [],
  }
  for (const line of lines) {
    if (line.type === 'start') register.version = line.version
    if (line.type === 'records') register[line.table].push(...(line.records as never[]))
  }
  return register
}

describe('GET /api/register/snapshot', () => {
  beforeAll(async () => {
    const operations: PlanOperation[] = []
    for (let i = 0; i < CUSTOMERS; i++) {
      operations.push({
        op: 'createCustomer',
        after: { id: uniqueId('cus'), name: `Customer ${i}`, inactive: false, version: 1 },
      })
    }
    expect((await applyNow('customer-import', operations)).status).toBe(200)
  })

  it('GET /api/register/snapshot streams the whole register in pages between a start and an end of one version', async () => {
    const whole = await snapshot()

    const response = await get('/api/register/snapshot')

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-ndjson')
    const lines = parseLines(await response.text())
    expect(lines[0]).toEqual({ type: 'start', version: whole.version })
    expect(lines.at(-1)).toEqual({ type: 'end', version: whole.version })
    const customerPages = lines.filter((l) => l.type === 'records' && l.table === 'customers')
    expect(customerPages.length).toBeGreaterThan(1)
    expect(assemble(lines)).toEqual(whole)
    expect(whole.customers).toHaveLength(CUSTOMERS)
  })

  it('GET /api/register/snapshot ends with an error line, not a mix of versions, when a write lands during the read', async () => {
    const response = await get('/api/register/snapshot')
    const reader = response.body!.getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toContain('"type":"start"')

    await applyNow('customer-import', [
      {
        op: 'createCustomer',
        after: { id: uniqueId('cus'), name: 'Late', inactive: false, version: 1 },
      },
    ])
    let rest = ''
    for (let next = await reader.read(); !next.done; next = await reader.read())
      rest += new TextDecoder().decode(next.value)

    const last = parseLines(rest).at(-1)
    expect(last).toEqual({ type: 'error', message: expect.stringContaining('read it again') })
  })

  it('GET /api/register gives the same register as one JSON document, read in pages', async () => {
    const lines = parseLines(await (await get('/api/register/snapshot')).text())

    const response = await get('/api/register')

    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual(assemble(lines))
  })
})
