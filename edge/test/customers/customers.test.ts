import type { Customer } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { call, runCount, snapshot, uniqueId } from '../register/register-api'

describe('/api/customers', () => {
  it('POST /api/customers creates a customer as a manual run', async () => {
    const answer = await call('POST', '/api/customers', {
      name: '  Trey Research ',
      mainSite: { city: 'Leeds', country: 'GB' },
      domain: '',
    })

    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({
      id: expect.any(String),
      name: 'Trey Research',
      mainSite: { city: 'Leeds', country: 'GB' },
      inactive: false,
      version: 1,
    })
    expect((await snapshot()).customers).toContainEqual(answer.body)
    const [latest] = (await call('GET', '/api/runs?limit=1')).body.runs
    expect(latest).toMatchObject({ kind: 'manual', actor: 'local', operations: 1 })
  })

  it('POST /api/customers answers 400 naming the field when the name is blank', async () => {
    const answer = await call('POST', '/api/customers', { name: '   ' })
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('name')
  })

  it('POST /api/customers answers 400 naming topLevelId when the top level does not exist', async () => {
    const answer = await call('POST', '/api/customers', { name: 'Orphan', topLevelId: 'top-nope' })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({
      field: 'topLevelId',
      message: expect.stringContaining('There is no top level top-nope'),
    })
  })

  it('PATCH /api/customers/:id edits the customer and bumps its version', async () => {
    const created = (
      await call('POST', '/api/customers', { name: 'Proseware', domain: 'proseware.example' })
    ).body as Customer

    const answer = await call('PATCH', `/api/customers/${created.id}`, {
      version: 1,
      name: 'Proseware Inc',
      domain: '',
      inactive: true,
    })

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      id: created.id,
      name: 'Proseware Inc',
      inactive: true,
      version: 2,
    })
  })

  it('PATCH /api/customers/:id answers 409 for a stale version and changes nothing', async () => {
    const created = (await call('POST', '/api/customers', { name: 'Lucerne' })).body as Customer
    await call('PATCH', `/api/customers/${created.id}`, { version: 1, domain: 'lucerne.example' })

    const stale = await call('PATCH', `/api/customers/${created.id}`, {
      version: 1,
      name: 'Lucerne Publishing',
    })

    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toContain('was changed since you opened it')
    expect((await snapshot()).customers.find((c) => c.id === created.id)).toMatchObject({
      name: 'Lucerne',
      version: 2,
    })
  })

  it('PATCH /api/customers/:id answers 404 for a customer that does not exist', async () => {
    const answer = await call('PATCH', '/api/customers/cus-nope', { version: 1, name: 'X' })
    expect(answer.status).toBe(404)
  })

  it('PATCH /api/customers/:id answers 400 naming version when it is missing', async () => {
    const answer = await call('PATCH', '/api/customers/cus-nope', { name: 'X' })
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('version')
  })

  it('POST /api/top-levels creates a top level and refuses the same name again', async () => {
    const name = uniqueId('Region')
    const first = await call('POST', '/api/top-levels', { name })
    const again = await call('POST', '/api/top-levels', { name: name.toUpperCase() })

    expect(first.status).toBe(201)
    expect(first.body).toEqual({ id: expect.any(String), name })
    expect(again.status).toBe(400)
    expect(again.body.error).toEqual({
      field: 'name',
      message: expect.stringContaining('already exists'),
    })
  })
})

describe('POST /api/customers/import', () => {
  it('POST /api/customers/import imports the good rows in one run and reports each bad row by line', async () => {
    const topLevel = uniqueId('Imported Group')
    const csv = [
      '\uFEFFName,Top Level,Address Line 1,City,Country,Domain,Tenant ID,Tax ID',
      `"Graphic Design Institute","${topLevel}","1 Main St, Suite 2",Sydney,au,gdi.example,t-gdi,`,
      ',,,,,,,',
      `"Wide World ""Importers""",${topLevel},,Auckland,New Zealand,,,`,
      '"School of Fine Art","' + topLevel + '","Level 3\r\nBuilding B",Melbourne,AU,,,ABN 1',
      'Too,Many,Cells,a,b,c,d,e,f',
      '',
      `"Wide World ""Importers""",${topLevel},,Auckland,NZ,,,`,
      'Graphic Design Institute,,,,,,,',
    ].join('\r\n')
    const before = await snapshot()

    const answer = await call('POST', '/api/customers/import', { csv })

    expect(answer.status).toBe(200)
    expect(answer.body.errors).toEqual([
      { line: 3, message: 'The name is empty: every customer needs one.' },
      {
        line: 4,
        message: expect.stringContaining('"New Zealand" is not a two-letter ISO-3166 code'),
      },
      { line: 7, message: expect.stringContaining('has 9 cells but the header has 8 columns') },
      { line: 10, message: '"Graphic Design Institute" is already on line 2 of this file.' },
    ])
    expect(answer.body.imported).toBe(3)
    const after = await snapshot()
    expect(after.version).toBe(before.version + 1)
    const group = after.topLevels.find((t) => t.name === topLevel)
    expect(group).toBeDefined()
    const added = after.customers.filter((c) => !before.customers.some((b) => b.id === c.id))
    expect(added).toEqual([
      expect.objectContaining({
        name: 'Graphic Design Institute',
        topLevelId: group?.id,
        mainSite: { line1: '1 Main St, Suite 2', city: 'Sydney', country: 'AU' },
        domain: 'gdi.example',
        tenantId: 't-gdi',
      }),
      expect.objectContaining({
        name: 'School of Fine Art',
        mainSite: { line1: 'Level 3, Building B', city: 'Melbourne', country: 'AU' },
        taxId: 'ABN 1',
      }),
      expect.objectContaining({
        name: 'Wide World "Importers"',
        mainSite: { city: 'Auckland', country: 'NZ' },
      }),
    ])
    const detail = await call('GET', `/api/runs/${answer.body.runId}`)
    expect(detail.body.run).toMatchObject({
      kind: 'csv-import',
      operations: 4,
      errors: expect.arrayContaining(['Line 3: The name is empty: every customer needs one.']),
    })
  })

  it('POST /api/customers/import refuses a name already in the register, so a second import adds nothing', async () => {
    const name = uniqueId('Once Only')
    await call('POST', '/api/customers/import', { csv: `name\n${name}\n` })
    const runs = await runCount()

    const again = await call('POST', '/api/customers/import', { csv: `name\n${name}\n` })

    expect(again.body).toEqual({
      imported: 0,
      runId: null,
      errors: [{ line: 2, message: expect.stringContaining('already in the register') }],
    })
    expect(await runCount()).toBe(runs)
  })

  it('POST /api/customers/import imports nothing when the header has no name column or an unknown one', async () => {
    const noName = await call('POST', '/api/customers/import', { csv: 'city\nPerth\n' })
    const unknown = await call('POST', '/api/customers/import', { csv: 'name,postcod\nX,6000\n' })

    expect(noName.body).toEqual({
      imported: 0,
      runId: null,
      errors: [{ line: 1, message: expect.stringContaining('no "name" column') }],
    })
    expect(unknown.body.errors).toEqual([
      {
        line: 1,
        message: expect.stringContaining('Column "postcod" is not a column Seatkeeper reads'),
      },
    ])
  })

  it('POST /api/customers/import can be undone: the customers and new top levels go', async () => {
    const topLevel = uniqueId('Undo Group')
    const before = await snapshot()
    const answer = await call('POST', '/api/customers/import', {
      csv: `name,top level\nUndo A,${topLevel}\nUndo B,${topLevel}\n`,
    })

    const undo = await call('POST', `/api/runs/${answer.body.runId}/undo`, {})

    expect(undo.body).toMatchObject({ reverted: 3, notReverted: [] })
    const after = await snapshot()
    expect(after.customers).toEqual(before.customers)
    expect(after.topLevels).toEqual(before.topLevels)
  })
})
