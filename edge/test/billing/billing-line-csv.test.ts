import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { call, runCount, snapshot, uniqueId } from '../register/register-api'
import { customerWithSubscription, lineInput, send } from './billing-api'

const HEADER = 'customer,description,item code,quantity,unit price,currency,period,start,end'

describe('/api/billing/lines/import', () => {
  it('POST /api/billing/lines/import writes every row in one csv-import run, customers by name or id', async () => {
    const byName = await customerWithSubscription(uniqueId('Csv Name'))
    const byId = await customerWithSubscription(uniqueId('Csv Id'))
    const csv = [
      HEADER,
      `${byName.customer.name.toUpperCase()},Microsoft 365 Business Premium,M365-BP,12,36.50,aud,monthly,2026-01-01,`,
      `${byId.customer.id},"Backup, per seat",,5,4,AUD,Annual,,`,
    ].join('\n')

    const answer = await send('POST', '/api/billing/lines/import', { csv })

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ imported: 2, runId: expect.any(String), errors: [] })
    const lines = (await snapshot()).billingLines
    expect(lines.find((l) => l.customerId === byName.customer.id)).toMatchObject({
      description: 'Microsoft 365 Business Premium',
      itemCode: 'M365-BP',
      quantity: 12,
      unitPrice: 36.5,
      currency: 'AUD',
      period: 'monthly',
      startDate: '2026-01-01',
      source: { kind: 'csv' },
    })
    expect(lines.find((l) => l.customerId === byId.customer.id)).toMatchObject({
      description: 'Backup, per seat',
      period: 'annual',
    })
    const run = await call('GET', `/api/runs/${answer.body.runId}`)
    expect(run.body.run).toMatchObject({ kind: 'csv-import', operations: 2 })
  })

  it('POST /api/billing/lines/import reports every bad row with its line number and writes nothing', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Csv Bad'))
    const before = await snapshot()
    const runs = await runCount()
    const good = `${customer.name},Good line,,1,10,AUD,monthly,,`
    const csv = [
      HEADER,
      good,
      'Nobody Pty Ltd,Line,,1,10,AUD,monthly,,',
      `${customer.name},,,1,10,AUD,monthly,,`,
      `${customer.name},Line,,2.5,10,AUD,monthly,,`,
      `${customer.name},Line,,1,$10,AUD,monthly,,`,
      `${customer.name},Line,,1,10,dollars,monthly,,`,
      `${customer.name},Line,,1,10,AUD,fortnightly,,`,
      `${customer.name},Line,,1,10,AUD,monthly,1/1/2026,`,
      `${customer.name},Line,,1,10,AUD,monthly,2026-02-01,2026-01-01`,
      good,
    ].join('\n')

    const answer = await send('POST', '/api/billing/lines/import', { csv })

    expect(answer.status).toBe(200)
    expect(answer.body.imported).toBe(0)
    expect(answer.body.runId).toBeNull()
    expect(answer.body.errors).toEqual([
      { line: 3, message: expect.stringContaining('There is no customer "Nobody Pty Ltd"') },
      { line: 4, message: expect.stringContaining('The description is empty') },
      { line: 5, message: expect.stringContaining('The quantity "2.5" is not a whole number') },
      { line: 6, message: expect.stringContaining('The unit price "$10" is not a number') },
      { line: 7, message: expect.stringContaining('The currency "dollars"') },
      { line: 8, message: expect.stringContaining('The period "fortnightly" is not one of') },
      { line: 9, message: expect.stringContaining('The start date "1/1/2026"') },
      { line: 10, message: 'The end date 2026-01-01 is before the start date 2026-02-01.' },
    ])
    expect(await runCount()).toBe(runs)
    expect((await snapshot()).billingLines).toEqual(before.billingLines)
  })

  it('POST /api/billing/lines/import refuses a customer name two customers share, asking for the id', async () => {
    const name = uniqueId('Csv Twin')
    await customerWithSubscription(name)
    await customerWithSubscription(name)
    const answer = await send('POST', '/api/billing/lines/import', {
      csv: `${HEADER}\n${name},Line,,1,10,AUD,monthly,,`,
    })
    expect(answer.body.errors).toEqual([
      {
        line: 2,
        message: `2 customers are named "${name}"; write the customer's id instead of its name.`,
      },
    ])
  })

  it('POST /api/billing/lines/import names the header row when a required column is missing', async () => {
    const answer = await send('POST', '/api/billing/lines/import', {
      csv: 'customer,description\nAcme,Line\n',
    })
    expect(answer.body).toEqual({
      imported: 0,
      runId: null,
      errors: [
        {
          line: 1,
          message:
            'The header row has no "quantity", "unit price", "currency", "period" column. Nothing was imported.',
        },
      ],
    })
  })

  it('POST /api/billing/lines/import replayed with its Idempotency-Key imports once', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Csv Replay'))
    const csv = `${HEADER}\n${customer.name},Line,,1,10,AUD,monthly,,`
    const key = crypto.randomUUID()
    const first = await send('POST', '/api/billing/lines/import', { csv }, key)
    const again = await send('POST', '/api/billing/lines/import', { csv }, key)
    expect(again).toEqual(first)
    const lines = (await snapshot()).billingLines.filter((l) => l.customerId === customer.id)
    expect(lines).toHaveLength(1)
  })

  it('GET /api/billing/lines.csv exports lines by customer name that import again as the same lines', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Csv Round'))
    const created = await send('POST', '/api/billing/lines', {
      customerId: customer.id,
      description: '=Formula-looking, "quoted" line',
      itemCode: '+CODE',
      quantity: 3,
      unitPrice: -5.25,
      unitCost: 4,
      currency: 'GBP',
      period: 'quarterly',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
    })

    const response = await app.request(
      'http://127.0.0.1/api/billing/lines.csv',
      {},
      {
        ...env,
        LOCAL_MODE: 'true',
      },
    )
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="billing-lines-${new Date().toISOString().slice(0, 10)}.csv"`,
    )
    const [header, ...rows] = (await response.text()).split('\r\n')
    const ours = rows.filter((row) => row.startsWith(customer.name))
    expect(ours).toHaveLength(1)
    await send('DELETE', `/api/billing/lines/${created.body.id}`, {})
    const imported = await send('POST', '/api/billing/lines/import', {
      csv: [header, ...ours].join('\r\n'),
    })

    expect(imported.body).toMatchObject({ imported: 1, errors: [] })
    const again = (await snapshot()).billingLines.find((l) => l.customerId === customer.id)
    const { id: _, source: __, ...fields } = created.body
    expect(again).toEqual({ ...fields, id: expect.any(String), source: { kind: 'csv' } })
  })
  it('GET /api/billing/lines.csv writes a line following its linked seats with the seats it bills', async () => {
    const { customer, subscription } = await customerWithSubscription(uniqueId('Csv Follows'))
    const created = await send('POST', '/api/billing/lines', {
      ...lineInput(customer.id),
      quantity: 4,
      quantityRule: 'linked',
      freeQuantity: 2,
    })
    await send('PUT', `/api/billing/subscriptions/${subscription.id}/line`, {
      billingLineId: created.body.id,
    })

    const response = await app.request(
      'http://127.0.0.1/api/billing/lines.csv',
      {},
      {
        ...env,
        LOCAL_MODE: 'true',
      },
    )
    const row = (await response.text()).split('\r\n').find((r) => r.startsWith(customer.name))
    // 12 seats less 2 free, not the 4 it was created with.
    expect(row?.split(',')[3]).toBe('10')
  })
})
