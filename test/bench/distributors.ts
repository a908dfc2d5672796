import {
  createDirectHttp,
  type ConnectionCredentials,
  type DistributorAdapter,
  type FetchLike,
} from '@seatkeeper/distributors'
import { generateWorld, type SimulatorOptions } from '@seatkeeper/sandbox'

/** Anything with a Fetch-API handler: a Hono app (typed structurally, so `test/` needs no hono). */
type FetchHandler = { fetch: (request: Request) => Response | Promise<Response> }

export type BenchEntry = {
  adapter: DistributorAdapter
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createSimulator: (o: SimulatorOptions<any>) => FetchHandler
  credentials: ConnectionCredentials
  /** The limit the simulator enforces (faults.rateLimit). */
  rateLimit: { requestsPerSecond: number; burst?: number }
  /**
   * Calls that must follow one another however much runs in parallel. Default 3: log in, read the
   * first customers page (nothing about subscriptions is known before it), then read subscriptions.
   * An adapter that must page subscriptions one after another has a longer chain.
   */
  criticalPathRounds?: number
}

export type BenchRow = {
  distributor: string
  customers: number
  subscriptions: number
  calls: number
  wallMs: number
  lowerBoundMs: number
  ratio: number
  sequentialMs: number
  sequentialMeasured: boolean
}

const SANDBOX_ORIGIN = 'http://sandbox.test'
const LATENCY_MS = 100

/**
 * The fastest any client could list everything, given the two things it cannot beat:
 *  - the rate limit: a burst goes at once, every further call needs a fresh token, so
 *    (calls − burst) / requestsPerSecond seconds;
 *  - latency: calls that depend on each other (criticalPathRounds) each take a full round trip.
 * The run can be no faster than the larger of the two; wall / bound says how close it came.
 */
export function lowerBoundMs(
  calls: number,
  limit: BenchEntry['rateLimit'],
  rounds: number,
  latencyMs: number,
): number {
  const paced =
    (Math.max(0, calls - (limit.burst ?? limit.requestsPerSecond)) / limit.requestsPerSecond) * 1000
  return Math.max(paced, rounds * latencyMs)
}

/**
 * One call at a time: every call costs a round trip, and the rate limit still applies on top when
 * it allows fewer calls per second than round trips do. An estimate, from the concurrent run's count.
 */
export function sequentialEstimateMs(
  calls: number,
  limit: BenchEntry['rateLimit'],
  latencyMs: number,
): number {
  return Math.max(calls * latencyMs, lowerBoundMs(calls, limit, 0, latencyMs) + latencyMs)
}

// Routes http://sandbox.test/<id>/… to the simulator as if it were mounted at /<id>.
function routeTo(id: string, app: FetchHandler): FetchLike {
  const prefix = `${SANDBOX_ORIGIN}/${id}`
  return async (input, init) => {
    const request = new Request(input, init)
    if (!request.url.startsWith(`${prefix}/`))
      throw new TypeError(`bench: no simulator at ${request.url}`)
    return app.fetch(new Request(SANDBOX_ORIGIN + request.url.slice(prefix.length), request))
  }
}

async function listAll(entry: BenchEntry, fetch: FetchLike, pace: boolean) {
  const http = createDirectHttp({
    adapter: entry.adapter,
    credentials: entry.credentials,
    fetch,
    cacheKey: `bench-${entry.adapter.id}`,
    env: { sandboxOrigin: SANDBOX_ORIGIN },
    pace,
  })
  const started = performance.now()
  const customers = await entry.adapter.listCustomers(http)
  const subscriptions = await entry.adapter.listSubscriptions(http)
  return { wallMs: performance.now() - started, customers, subscriptions, calls: http.stats.calls }
}

/**
 * Lists a 3,000-customer / 15,000-subscription world from each simulator (100 ms latency, the
 * distributor's rate limit enforced) through the real direct client, and prints how close each
 * adapter comes to the fastest possible listing and what a one-at-a-time listing would cost.
 */
export async function benchDistributors(
  entries: BenchEntry[],
  options: { customers?: number; subscriptions?: number; measureSequentialBelowMs?: number } = {},
): Promise<BenchRow[]> {
  const world = generateWorld({
    customers: options.customers ?? 3000,
    subscriptions: options.subscriptions ?? 15_000,
  })
  const rows: BenchRow[] = []
  for (const entry of entries) {
    const faults = { latencyMs: LATENCY_MS, rateLimit: entry.rateLimit }
    const simulator = () =>
      routeTo(
        entry.adapter.id,
        entry.createSimulator({ world, credentials: entry.credentials, faults }),
      )
    const run = await listAll(entry, simulator(), true)
    const rounds = entry.criticalPathRounds ?? 3
    const lowerBound = lowerBoundMs(run.calls, entry.rateLimit, rounds, LATENCY_MS)
    let sequentialMs = sequentialEstimateMs(run.calls, entry.rateLimit, LATENCY_MS)
    // Measuring one-at-a-time is only worth it when it is quick; otherwise the estimate stands.
    const sequentialMeasured = sequentialMs <= (options.measureSequentialBelowMs ?? 0)
    if (sequentialMeasured)
      sequentialMs = (await listAll(entry, sequentialFetch(simulator()), true)).wallMs
    rows.push({
      distributor: entry.adapter.label,
      customers: run.customers.items.length,
      subscriptions: run.subscriptions.items.length,
      calls: run.calls,
      wallMs: Math.round(run.wallMs),
      lowerBoundMs: Math.round(lowerBound),
      ratio: Math.round((run.wallMs / lowerBound) * 100) / 100,
      sequentialMs: Math.round(sequentialMs),
      sequentialMeasured,
    })
  }
  printRows(rows)
  return rows
}

// Forces concurrency 1 whatever the adapter does: each call waits for the one before to finish.
function sequentialFetch(fetch: FetchLike): FetchLike {
  let queue: Promise<unknown> = Promise.resolve()
  return (input, init) => {
    const result = queue.then(() =>
      fetch(input, init).then(async (res) => new Response(await res.arrayBuffer(), res)),
    )
    queue = result.catch(() => undefined)
    return result
  }
}

function printRows(rows: BenchRow[]): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  console.table(
    rows.map((r) => ({
      distributor: r.distributor,
      customers: r.customers,
      subscriptions: r.subscriptions,
      calls: r.calls,
      wall: s(r.wallMs),
      'lower bound': s(r.lowerBoundMs),
      'wall / bound': r.ratio,
      sequential: `${s(r.sequentialMs)}${r.sequentialMeasured ? '' : ' (est.)'}`,
    })),
  )
}
