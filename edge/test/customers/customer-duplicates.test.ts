import type { Customer } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { call, runCount, snapshot, uniqueId } from '../register/register-api'

/** A write as the web sends it, with an Idempotency-Key. */
async function send(method: string, path: string, body: unknown, key?: string) {
  const response = await app.request(
    `http://127.0.0.1${path}`,
    {
      method,
      headers: {
        origin: 'http://127.0.0.1',
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    },
    { ...env, LOCAL_MODE: 'true' },
  )
  return { status: response.status, body: (await response.json()) as any }
}

describe('creates are made once', () => {
  it('POST /api/customers five times in parallel with one name makes one customer', async () => {
    const name = uniqueId('Parallel Ltd')
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => send('POST', '/api/customers', { name })),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409])
    expect((await snapshot()).customers.filter((c) => c.name === name)).toHaveLength(1)
  })

  it('POST /api/customers with an existing name answers 409 naming the customer', async () => {
    const name = uniqueId('Ashford Travel')
    const first = (await send('POST', '/api/customers', { name })).body as Customer
    const again = await send('POST', '/api/customers', { name: `  ${name.toUpperCase()} ` })
    expect(again.status).toBe(409)
    expect(again.body.error.field).toBe('name')
    expect(again.body.error.message).toContain(`"${name}" already exists (${first.id})`)
  })

  it('POST /api/customers makes a second customer of one name when allowDuplicateName says so', async () => {
    const name = uniqueId('Twin Co')
    await send('POST', '/api/customers', { name })
    const second = await send('POST', '/api/customers', { name, allowDuplicateName: true })
    expect(second.status).toBe(201)
    expect((await snapshot()).customers.filter((c) => c.name === name)).toHaveLength(2)
  })

  it('PATCH /api/customers/:id refuses a rename to another customer’s name', async () => {
    const taken = uniqueId('Taken Name')
    await send('POST', '/api/customers', { name: taken })
    const mine = (await send('POST', '/api/customers', { name: uniqueId('Mine') })).body as Customer
    const rename = await send('PATCH', `/api/customers/${mine.id}`, {
      version: mine.version,
      name: taken,
    })
    expect(rename.status).toBe(409)
    expect(rename.body.error.field).toBe('name')
  })

  it('POST /api/customers replayed with its Idempotency-Key answers the first answer and writes nothing', async () => {
    const key = crypto.randomUUID()
    const name = uniqueId('Outbox Ltd')
    const first = await send('POST', '/api/customers', { name }, key)
    const runs = await runCount()
    const version = (await snapshot()).version
    // The outbox lost the answer and sends the entry again, with the key it stored with it.
    const replay = await send('POST', '/api/customers', { name }, key)
    expect(replay).toEqual(first)
    expect(replay.status).toBe(201)
    expect((await snapshot()).version).toBe(version)
    expect(await runCount()).toBe(runs)
  })

  it('POST /api/top-levels replayed with its Idempotency-Key makes one top level', async () => {
    const key = crypto.randomUUID()
    const name = uniqueId('Region')
    const first = await send('POST', '/api/top-levels', { name }, key)
    const replay = await send('POST', '/api/top-levels', { name }, key)
    expect(replay).toEqual(first)
    expect((await snapshot()).topLevels.filter((t) => t.name === name)).toHaveLength(1)
  })

  it('POST /api/customers/import replayed with its Idempotency-Key imports once', async () => {
    const key = crypto.randomUUID()
    const csv = `name\n${uniqueId('Csv Once')}\n`
    const first = await send('POST', '/api/customers/import', { csv }, key)
    expect(first.body.imported).toBe(1)
    const version = (await snapshot()).version
    const replay = await send('POST', '/api/customers/import', { csv }, key)
    expect(replay).toEqual(first)
    expect((await snapshot()).version).toBe(version)
  })

  it('POST /api/customers refuses a malformed Idempotency-Key naming the header', async () => {
    const answer = await send('POST', '/api/customers', { name: uniqueId('Bad Key') }, 'a b')
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('Idempotency-Key')
  })

  it('POST /api/customers refuses a tenant id that is not a GUID, and a name over 200 characters', async () => {
    const tenant = await call('POST', '/api/customers', { name: uniqueId('T'), tenantId: '1234' })
    expect(tenant.status).toBe(400)
    expect(tenant.body.error.field).toBe('tenantId')
    expect(tenant.body.error.message).toMatch(/GUID/)
    const long = await call('POST', '/api/customers', { name: 'n'.repeat(201) })
    expect(long.status).toBe(400)
    expect(long.body.error.field).toBe('name')
    expect(long.body.error.message).toMatch(/at most 200 characters/)
  })
})
