import { parseCsv, toCsv, type Register } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { call, snapshot, uniqueId } from '../register/register-api'

// The columns the web's export writes (web/src/customers/customers-csv.ts), in its order.
const COLUMNS = ['name', 'top level', 'address line 1', 'city', 'country', 'tenant id']

function exported(register: Register, names: ReadonlySet<string>): string {
  const topLevel = new Map(register.topLevels.map((t) => [t.id, t.name]))
  return toCsv([
    COLUMNS,
    ...register.customers
      .filter((c) => names.has(c.name))
      .map((c) => [
        c.name,
        c.topLevelId ? topLevel.get(c.topLevelId) : undefined,
        c.mainSite?.line1,
        c.mainSite?.city,
        c.mainSite?.country,
        c.tenantId,
      ]),
  ])
}

describe('CSV round trip', () => {
  it('POST /api/customers/import of an exported file adds nothing, formula-looking names included', async () => {
    const tag = uniqueId('rt')
    const names = [
      `=HYPERLINK("http://evil.example","${tag}")`,
      `+cmd|' /C calc ${tag}'!A0`,
      `-${tag} Minus`,
      `@${tag} At`,
      `Plain ${tag}, "Quoted"`,
    ]
    const csv = toCsv([
      COLUMNS,
      ...names.map((n, i) => [n, `Group ${tag}`, `${i} Main St`, 'Leeds', 'GB']),
    ])
    const first = await call('POST', '/api/customers/import', { csv })
    expect(first.body.errors).toEqual([])
    expect(first.body.imported).toBe(5)
    const register = await snapshot()
    // What was stored is the names as typed, not the guarded cells.
    expect(register.customers.map((c) => c.name)).toEqual(expect.arrayContaining(names))

    const file = exported(register, new Set(names))
    expect(parseCsv(file).records[1]?.cells[0]).toMatch(/^'/)
    const again = await call('POST', '/api/customers/import', { csv: file })

    expect(again.body.imported).toBe(0)
    expect(again.body.runId).toBeNull()
    expect(again.body.errors).toHaveLength(5)
    expect((await snapshot()).customers.length).toBe(register.customers.length)
  })
})
