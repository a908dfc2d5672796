import { describe, expect, it } from 'vitest'
import type { FaultConfig } from '../faults'
import { generateWorld } from '../world/generate-world'
import { atSandboxCredentials as creds } from './at-sandbox-credentials'
import { createAtSimulator } from './create-at-simulator'

const ORIGIN = 'http://sandbox.test'
const headers = {
  'content-type': 'application/json',
  ApiIntegrationCode: creds.config.integrationCode,
  UserName: creds.config.userName,
  Secret: creds.secrets.secret,
}
const body = JSON.stringify({ MaxRecords: 500, filter: [{ op: 'exist', field: 'id' }] })

// 600 customers: Companies takes two pages of 500.
function simulator(faults?: FaultConfig) {
  const world = generateWorld({ seed: 2, customers: 600, subscriptions: 600 })
  const app = createAtSimulator({ world, credentials: creds, ...(faults ? { faults } : {}) })
  const post = async (url: string) => app.request(url, { method: 'POST', headers, body })
  return { app, post }
}

async function companies(post: (url: string) => Promise<Response>) {
  const statuses: number[] = []
  let ids = 0
  let url: string | null = `${ORIGIN}/ATServicesRest/V1.0/Companies/query`
  while (url) {
    const res = await post(url)
    statuses.push(res.status)
    if (res.status !== 200) continue
    const page = (await res.json()) as {
      items: unknown[]
      pageDetails: { nextPageUrl: string | null }
    }
    ids += page.items.length
    url = page.pageDetails.nextPageUrl
  }
  return { statuses, ids }
}

describe('Autotask simulator faults', () => {
  it('fails page 2 of a query, the POST to its next-page URL, and answers it on the retry', async () => {
    const { post } = simulator({ failPage: { page: 2, status: 503 } })
    expect(await companies(post)).toEqual({ statuses: [200, 503, 200], ids: 600 })
  })

  it('counts the first POST of every query as its page 1, and no zone lookup or threshold call', async () => {
    const { app, post } = simulator({ failPage: { page: 1, status: 500, times: 1 } })
    const zone = await app.request(
      `${ORIGIN}/ATServicesRest/V1.0/ZoneInformation?user=${creds.config.userName}`,
    )
    const threshold = await app.request(`${ORIGIN}/ATServicesRest/V1.0/ThresholdInformation`, {
      headers,
    })
    expect([zone.status, threshold.status]).toEqual([200, 200])
    expect((await post(`${ORIGIN}/ATServicesRest/V1.0/Contracts/query`)).status).toBe(500)
    expect((await post(`${ORIGIN}/ATServicesRest/V1.0/Contracts/query`)).status).toBe(200)
  })

  it('leaves a share of the companies out of every page on a short listing', async () => {
    const { post } = simulator({ shortListing: { dropShare: 0.1 } })
    expect(await companies(post)).toEqual({ statuses: [200, 200], ids: 540 })
  })
})
