import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CORE_JOB_MARK,
  createCoreJobRunner,
  type CoreJobMarkDetail,
  type CoreJobPort,
} from './run-core-job'
import { serveCoreJobs } from './serve-core-jobs'
import type { ListedConnection } from './listing-jobs'

// Pax8's own answers, from the repository's fixtures/distributors/pax8: two pages of companies.
const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/distributors/pax8/${name}`, import.meta.url), 'utf8')
const pax8: ListedConnection = {
  id: 'c-pax8',
  name: 'Pax8 books',
  kind: 'distributor',
  distributor: 'pax8',
  distributorLabel: 'Pax8',
  config: {},
}

/** The edge's proxy as the page sees it: Pax8's pages, or `status` for every call. */
function proxy(status = 200) {
  const urls: string[] = []
  vi.stubGlobal('fetch', async (input: string) => {
    urls.push(input)
    if (status !== 200) return new Response(fixture('error-403.json'), { status })
    const page = new URL(input, 'http://page').searchParams.get('page')
    return new Response(fixture(`companies-page${page}.json`), {
      headers: { 'content-type': 'application/json' },
    })
  })
  return urls
}

function channelWorker(): CoreJobPort {
  const { port1, port2 } = new MessageChannel()
  serveCoreJobs(port2)
  port2.start()
  port1.start()
  return port1 as unknown as CoreJobPort
}

const lastMark = () =>
  (performance.getEntriesByName(CORE_JOB_MARK).at(-1) as PerformanceMark)
    .detail as CoreJobMarkDetail

afterEach(() => {
  vi.unstubAllGlobals()
  performance.clearMarks(CORE_JOB_MARK)
})

describe('listing a distributor through the proxy in the core worker', () => {
  it('lists every page in the worker, telling the page each request and pages read of all, with the listing the page would make', async () => {
    const urls = proxy()
    const told: string[] = []
    const watch = {
      onRequest: () => told.push('request'),
      onPage: (done: number, total: number) => told.push(`${done} of ${total}`),
    }
    const inWorker = await createCoreJobRunner(channelWorker).list('listCustomers', [pax8], watch)
    expect(lastMark()).toMatchObject({ job: 'listCustomers', ranIn: 'worker' })
    expect(urls.every((url) => url.startsWith('/api/connections/c-pax8/upstream/companies'))).toBe(
      true,
    )
    expect(told).toEqual(['request', '1 of 2', 'request', '2 of 2'])
    expect(inWorker.complete).toBe(true)
    expect(inWorker.items.map((customer) => customer.name)).toContain('Fabrikam Legal')

    const onPage = await createCoreJobRunner(() => undefined).list('listCustomers', [pax8], {
      onRequest() {},
      onPage() {},
    })
    expect(lastMark().ranIn).toBe('main thread')
    expect(inWorker).toEqual(onPage)
  })

  it('gives back the distributor’s refusal in words, naming Pax8', async () => {
    proxy(403)
    await expect(
      createCoreJobRunner(channelWorker).list('listCustomers', [pax8], {
        onRequest() {},
        onPage() {},
      }),
    ).rejects.toThrow(/Pax8/)
  })
})
