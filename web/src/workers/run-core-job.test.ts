import {
  applyPlan,
  emptyRegister,
  planCustomerImport,
  planSubscriptionImport,
  suggestMappings,
  type ConnectionRef,
  type ExternalCustomer,
} from '@seatkeeper/core'
import { afterEach, describe, expect, it } from 'vitest'
import { serveCoreJobs } from './serve-core-jobs'
import { SLICE_LENGTH } from './sliced-messages'
import {
  CORE_JOB_MARK,
  createCoreJobRunner,
  type CoreJobMarkDetail,
  type CoreJobPort,
} from './run-core-job'

const rhipe: ConnectionRef = { id: 'conn-rhipe', distributor: 'rhipe', distributorLabel: 'Rhipe' }
const pax8: ConnectionRef = { id: 'conn-pax8', distributor: 'pax8', distributorLabel: 'Pax8' }
const listed: ExternalCustomer[] = [
  { externalId: 'R1', name: 'Contoso Pty Ltd', status: 'active', domain: 'contoso.com.au' },
  { externalId: 'R2', name: 'Fabrikam Travel', status: 'active', domain: 'fabrikam.travel' },
]
const importInput = {
  connection: rhipe,
  externalCustomers: listed,
  register: emptyRegister(),
  options: { updateMainSiteAddress: false },
}

/**
 * A worker as the page sees one, over a real MessageChannel (structured clone both ways), whose
 * far end answers with the same function the worker script runs.
 */
function channelWorker() {
  const { port1, port2 } = new MessageChannel()
  let served = 0
  let messages = 0
  let replies = 0
  port2.addEventListener('message', () => messages++)
  port1.addEventListener('message', () => replies++)
  serveCoreJobs(port2, () => served++)
  port2.start()
  port1.start()
  return {
    port: port1 as unknown as CoreJobPort,
    served: () => served,
    /** Messages the worker received, and the page. */
    messages: () => messages,
    replies: () => replies,
  }
}

function lastMark(): CoreJobMarkDetail {
  const marks = performance.getEntriesByName(CORE_JOB_MARK)
  return (marks.at(-1) as PerformanceMark).detail as CoreJobMarkDetail
}

afterEach(() => performance.clearMarks(CORE_JOB_MARK))

describe('running core jobs off the main thread', () => {
  it('answers with the plan the core makes when called directly, across the worker channel', async () => {
    const worker = channelWorker()
    const run = createCoreJobRunner(() => worker.port).run
    const plan = await run('planCustomerImport', importInput)
    expect(plan).toEqual(planCustomerImport(importInput))
    expect(plan.summary.customers.create).toBe(2)
    expect(worker.served()).toBe(1)
    expect(lastMark()).toMatchObject({ job: 'planCustomerImport', ranIn: 'worker' })
  })

  it('sends a listing longer than a slice and gets a plan longer than a slice back whole, a slice a message each way', async () => {
    const many: ExternalCustomer[] = Array.from({ length: 2 * SLICE_LENGTH + 7 }, (_, i) => ({
      externalId: `R${i}`,
      name: `Customer ${i}`,
      status: 'active',
    }))
    const input = { ...importInput, externalCustomers: many }
    const worker = channelWorker()
    const run = createCoreJobRunner(() => worker.port).run
    const plan = await run('planCustomerImport', input)
    expect(plan).toEqual(planCustomerImport(input))
    expect(plan.summary.customers.create).toBe(many.length)
    // The listing went as three slices and the request; one job served.
    expect(worker.messages()).toBe(4)
    expect(worker.served()).toBe(1)
    // The plan's operations came back a slice a message, then the answer.
    expect(worker.replies()).toBe(Math.ceil(plan.operations.length / SLICE_LENGTH) + 1)
    // The arguments the page holds are left as they were.
    expect(input.externalCustomers).toBe(many)
  })

  it('runs the same core code on the main thread where there is no Worker', async () => {
    const run = createCoreJobRunner(() => undefined).run
    const plan = await run('planCustomerImport', importInput)
    expect(plan).toEqual(planCustomerImport(importInput))
    expect(lastMark()).toMatchObject({ job: 'planCustomerImport', ranIn: 'main thread' })
  })

  it('suggests the register customers a distributor listing most likely is', async () => {
    const register = applyPlan(emptyRegister(), planCustomerImport(importInput))
    const pax8Listing: ExternalCustomer[] = [
      { externalId: 'P9', name: 'Contoso', status: 'active', domain: 'contoso.com.au' },
    ]
    const run = createCoreJobRunner(() => channelWorker().port).run
    const suggestions = await run('suggestMappings', pax8.id, pax8Listing, register)
    expect(suggestions).toEqual(suggestMappings(pax8.id, pax8Listing, register))
    expect(suggestions[0]?.candidates[0]?.customerName).toBe('Contoso Pty Ltd')
  })

  it('gives back the core’s error, with its message and field, and keeps serving', async () => {
    const worker = channelWorker()
    const run = createCoreJobRunner(() => worker.port).run
    const scoped = {
      connection: rhipe,
      externalSubscriptions: [],
      register: emptyRegister(),
      options: { customerId: 'nobody', setPriceAndCost: false, deactivateDeleted: false },
    }
    const direct = (() => {
      try {
        planSubscriptionImport(scoped)
        return undefined
      } catch (error) {
        return error as Error & { field?: string }
      }
    })()
    expect(direct).toBeInstanceOf(Error)
    await expect(run('planSubscriptionImport', scoped)).rejects.toMatchObject({
      name: direct?.name,
      message: direct?.message,
      field: direct?.field,
    })
    await expect(run('planCustomerImport', importInput)).resolves.toMatchObject({
      summary: { customers: { create: 2 } },
    })
    expect(worker.served()).toBe(2)
  })

  it('plans on the main thread instead when the worker fails to start', async () => {
    let fail: (() => void) | undefined
    // What a browser does when the worker's chunk cannot be loaded: an 'error' event, no answer.
    const unloadable = {
      postMessage: () => setTimeout(() => fail?.()),
      addEventListener: (type: string, listener: (event: never) => void) => {
        if (type === 'error') fail = () => (listener as (event: Event) => void)(new Event('error'))
      },
    } as CoreJobPort
    const run = createCoreJobRunner(() => unloadable).run
    await expect(run('planCustomerImport', importInput)).resolves.toEqual(
      planCustomerImport(importInput),
    )
    expect(lastMark().ranIn).toBe('main thread')
    // Once broken, later jobs do not wait on it.
    await expect(run('planCustomerImport', importInput)).resolves.toBeDefined()
    expect(lastMark().ranIn).toBe('main thread')
  })
})
