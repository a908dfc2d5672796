import { defaultConnectionSettings, type Quarantined, type Subscription } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { registerStub } from '../../src/register/register-stub'
import { applyNow, call, snapshot, uniqueId } from './register-api'

async function subscriptionHeldBack(
  connectionId: string,
): Promise<{ subscription: Subscription; item: Quarantined }> {
  const customerId = uniqueId('cus')
  const subscription: Subscription = {
    id: uniqueId('sub'),
    customerId,
    connectionId,
    distributor: 'Sherweb',
    externalId: uniqueId('ext'),
    name: 'Exchange Online',
    status: 'active',
    quantity: 5,
    active: true,
    version: 1,
  }
  await applyNow(
    'subscription-import',
    [
      {
        op: 'createCustomer',
        after: { id: customerId, name: 'Held Back Ltd', inactive: false, version: 1 },
      },
      { op: 'createSubscription', after: subscription },
    ],
    connectionId,
  )
  const item: Quarantined = {
    subscriptionId: subscription.id,
    externalId: subscription.externalId,
    name: subscription.name,
    customerId,
    reason: 'Missing from the listing; the run would remove 100% of live subscriptions.',
    operation: {
      op: 'deactivateSubscription',
      subscriptionId: subscription.id,
      reason: 'missing-from-listing',
      before: { active: true },
      after: { active: false },
    },
  }
  await registerStub(env).recordSync(connectionId, {
    at: '2026-11-21T04:00:00.000Z',
    runId: null,
    quarantine: [item],
  })
  return { subscription, item }
}

describe('/api/connections/:id/settings', () => {
  it('GET /api/connections/:id/settings answers the defaults for a connection never saved', async () => {
    const answer = await call('GET', `/api/connections/${uniqueId('conn')}/settings`)
    expect(answer.body).toEqual(defaultConnectionSettings())
  })

  it('PUT /api/connections/:id/settings stores the settings and GET reads them back', async () => {
    const id = uniqueId('conn')
    const settings = defaultConnectionSettings()
    settings.integrator.enabled = true
    settings.integrator.deletionGuardShare = 0.5
    settings.subscriptionImport.setPriceAndCost = true

    const put = await call('PUT', `/api/connections/${id}/settings`, settings)
    const get = await call('GET', `/api/connections/${id}/settings`)

    expect(put.status).toBe(200)
    expect(put.body).toEqual(settings)
    expect(get.body).toEqual(settings)
  })

  it('PUT /api/connections/:id/settings answers 400 naming the field that does not fit', async () => {
    const id = uniqueId('conn')
    const settings = {
      ...defaultConnectionSettings(),
      integrator: { ...defaultConnectionSettings().integrator, deletionGuardShare: 3 },
    }

    const answer = await call('PUT', `/api/connections/${id}/settings`, settings)

    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('integrator.deletionGuardShare')
    expect((await call('GET', `/api/connections/${id}/settings`)).body).toEqual(
      defaultConnectionSettings(),
    )
  })

  it('PUT /api/connections/:id/settings answers 400 when the import top level does not exist', async () => {
    const settings = defaultConnectionSettings()
    settings.customerImport.topLevelId = 'top-nope'

    const answer = await call('PUT', `/api/connections/${uniqueId('conn')}/settings`, settings)

    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('customerImport.topLevelId')
  })
})

describe('/api/connections/:id/quarantine', () => {
  it('GET /api/connections/:id/quarantine lists the removals the last sync held back', async () => {
    const id = uniqueId('conn')
    const { item } = await subscriptionHeldBack(id)

    const answer = await call('GET', `/api/connections/${id}/quarantine`)

    expect(answer.body).toEqual({ items: [item] })
    expect((await registerStub(env).connectionStatuses())[id]).toEqual({
      lastSyncAt: '2026-11-21T04:00:00.000Z',
      quarantined: 1,
    })
  })

  it('POST /api/connections/:id/quarantine/:subscriptionId releases a held removal as a run', async () => {
    const id = uniqueId('conn')
    const { subscription } = await subscriptionHeldBack(id)

    const answer = await call('POST', `/api/connections/${id}/quarantine/${subscription.id}`, {
      decision: 'release',
    })

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ runId: expect.any(String) })
    expect((await snapshot()).subscriptions.find((s) => s.id === subscription.id)).toMatchObject({
      active: false,
      version: 2,
    })
    expect((await call('GET', `/api/connections/${id}/quarantine`)).body).toEqual({ items: [] })
    expect((await call('GET', `/api/runs/${answer.body.runId}`)).body.run).toMatchObject({
      kind: 'quarantine-release',
      connectionId: id,
    })
  })

  it('POST /api/connections/:id/quarantine/:subscriptionId keeps the subscription and drops the item', async () => {
    const id = uniqueId('conn')
    const { subscription } = await subscriptionHeldBack(id)

    const answer = await call('POST', `/api/connections/${id}/quarantine/${subscription.id}`, {
      decision: 'keep',
    })

    expect(answer.body).toEqual({})
    expect((await snapshot()).subscriptions.find((s) => s.id === subscription.id)).toMatchObject({
      active: true,
      version: 1,
    })
    expect((await call('GET', `/api/connections/${id}/quarantine`)).body).toEqual({ items: [] })
  })

  it('POST /api/connections/:id/quarantine/:subscriptionId refuses to release a removal a newer run overtook', async () => {
    const id = uniqueId('conn')
    const { subscription } = await subscriptionHeldBack(id)
    await applyNow(
      'sync',
      [
        {
          op: 'deactivateSubscription',
          subscriptionId: subscription.id,
          reason: 'deleted-upstream',
          before: { active: true, status: 'active' },
          after: { active: false, status: 'deleted' },
        },
      ],
      id,
    )

    const answer = await call('POST', `/api/connections/${id}/quarantine/${subscription.id}`, {
      decision: 'release',
    })

    expect(answer.status).toBe(409)
    expect(answer.body.error.message).toContain('Choose Keep to drop it')
  })

  it('POST /api/connections/:id/quarantine/:subscriptionId answers 400 naming decision when it is not one of the two', async () => {
    const answer = await call('POST', `/api/connections/${uniqueId('conn')}/quarantine/sub-x`, {
      decision: 'maybe',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('decision')
  })

  it('forgetConnection removes settings, status and quarantine but keeps the records', async () => {
    const id = uniqueId('conn')
    const { subscription } = await subscriptionHeldBack(id)
    const settings = defaultConnectionSettings()
    settings.integrator.enabled = true
    await call('PUT', `/api/connections/${id}/settings`, settings)

    await registerStub(env).forgetConnection(id)

    expect((await call('GET', `/api/connections/${id}/settings`)).body).toEqual(
      defaultConnectionSettings(),
    )
    expect((await call('GET', `/api/connections/${id}/quarantine`)).body).toEqual({ items: [] })
    expect((await registerStub(env).connectionStatuses())[id]).toBeUndefined()
    expect((await snapshot()).subscriptions.some((s) => s.id === subscription.id)).toBe(true)
  })
})
