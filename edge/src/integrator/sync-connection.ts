import {
  planPsaBillingImport,
  planSync,
  type ConnectionRef,
  type Register,
  type ConnectionSettings,
  type ExternalCustomer,
  type ExternalSubscription,
  type Plan,
  type ExternalBillingLine,
} from '@seatkeeper/core'
import type { PsaCompany } from '@seatkeeper/psa'
import {
  createDirectHttp,
  type DirectHttpOptions,
  type DistributorAdapter,
  type Listing,
} from '@seatkeeper/distributors'
import { connectionTokens, tokenCacheKey } from '../http/connection-tokens'
import { runtimeEnvOf } from '../http/runtime-env'
import type { ApplyResult, RegisterRpc, RunTrigger } from '../register/register-rpc'
import { readRegister } from '../register/register-snapshot'
import { connectionCurrency } from '../psa/connection-currency'
import { withDiscoveredSettings } from '../psa/discover-psa-settings'
import { vaultRotation, type OpenedConnection } from '../vault'
import { withUpstreamDeadline } from './upstream-deadline'

/** HTTP client knobs the tests and the benchmark set: pacing, sleeping, retries. */
export type IntegratorHttpOptions = Pick<
  DirectHttpOptions,
  'pace' | 'sleep' | 'random' | 'retry' | 'timeoutMs' | 'onPage'
>

/** What one run cost, for the log and the benchmark. */
export type SyncStats = {
  listingMs: number
  planningMs: number
  applyMs: number
  /** Upstream calls, retries and token exchanges included. */
  calls: number
  retries: number
  customers: number
  subscriptions: number
  operations: number
  planAttempts: number
}

export type SyncResult = { plan: Plan; runId: string | null; stats: SyncStats }

export type SyncContext = {
  env: Env
  register: RegisterRpc
  opened: OpenedConnection
  settings: ConnectionSettings
  trigger: RunTrigger
  http?: IntegratorHttpOptions
  /** Reads the time for the phase timings. */
  clock: () => Promise<number>
  /** When the run began (ISO): its ledger entry's startedAt, so its duration includes the listing. */
  startedAt: string
  /** The upstream deadline (UPSTREAM_DEADLINE_MS unless a test says otherwise). */
  upstreamDeadlineMs?: number
  /** The run's day (YYYY-MM-DD): what "missing since" records. */
  day: string
  /** Called as each upstream request is sent (Sync now's progress). */
  onRequest?: () => void
}

const EMPTY: Listing<never> = { items: [], complete: false, problems: [] }
// A concurrent write (a person importing, a Sync now) moves the version between planning and
// applying; the plan is then made again from the new register. Three tries is plenty.
const MAX_PLAN_ATTEMPTS = 3

/**
 * List with the adapter (direct fetch), plan against the register — planSync for a distributor,
 * planPsaBillingImport for a PSA (its billing lines, refreshed before the day's reconciliation) —
 * and apply in the Durable Object. Throws on any failure; nothing is written unless applyPlan
 * succeeded.
 */
export async function syncConnection(ctx: SyncContext): Promise<SyncResult> {
  const client = await connectionClient(ctx)
  const { opened, http } = client
  const started = await ctx.clock()
  // A PSA connection's run refreshes its billing lines (docs/psa.md); a distributor's syncs
  // customers and subscriptions. Both plan against the register and apply the same way below.
  const planner = await client.read(
    opened.kind === 'psa'
      ? psaPlanner(opened, http)
      : distributorPlanner(opened.adapter, http, ctx),
  )
  const listed = await ctx.clock()
  return planAndApply(ctx, planner, { listingMs: listed - started, http: http.stats })
}

/** The client a run lists with: the connection's settings found, its token cache, its deadline. */
export type ConnectionClient = {
  opened: OpenedConnection
  http: ReturnType<typeof createDirectHttp>
  /**
   * Awaits an upstream read made with `http`; one the deadline cut short throws the deadline's
   * error (the client words its abort as a network failure, but the deadline is what happened).
   */
  read<T>(listing: Promise<T>): Promise<T>
}

/**
 * The direct client of one run (or of one step of the sync workflow): upstream calls under the
 * run's deadline, tokens from the isolate's cache (keyed by connection and record version, so a
 * step in a fresh isolate logs in again, once, and no token is ever written to a step's result).
 */
export async function connectionClient(
  ctx: Pick<
    SyncContext,
    'env' | 'register' | 'opened' | 'http' | 'upstreamDeadlineMs' | 'onRequest'
  >,
): Promise<ConnectionClient> {
  const { env, register } = ctx
  // A setting the PSA names (Autotask's zone) not found yet is found before the first call.
  const opened = await withDiscoveredSettings(env, ctx.opened, 'when-blank')
  const { adapter, credentials, connection: meta } = opened
  const upstream = withUpstreamDeadline(
    // Looked up at call time: tests replace the isolate's fetch.
    (input, init) => {
      ctx.onRequest?.()
      return fetch(input, init)
    },
    { distributor: adapter.id, label: adapter.label },
    ctx.upstreamDeadlineMs,
  )
  const http = createDirectHttp({
    adapter,
    credentials,
    fetch: upstream.fetch,
    cacheKey: tokenCacheKey(meta),
    cache: connectionTokens,
    rotation: vaultRotation(env, register, opened),
    env: runtimeEnvOf(env),
    ...sandboxRate(env, opened),
    ...ctx.http,
  })
  return {
    opened,
    http,
    read: (listing) =>
      listing.catch((error: unknown) => {
        throw upstream.expired() ?? error
      }),
  }
}

/**
 * SANDBOX_RATE_SCALE (local mode only, and only for a connection to the sandbox environment):
 * pace N times faster than the distributor's limit, so a bench of a 20,000-customer sandbox
 * account ends in minutes. A real distributor is always paced to its own limit.
 */
function sandboxRate(
  env: Env,
  opened: OpenedConnection,
): { rateLimit?: { requestsPerSecond: number; burst: number } } {
  const scale = Number(env.SANDBOX_RATE_SCALE)
  const sandbox =
    runtimeEnvOf(env).sandboxOrigin !== undefined &&
    opened.credentials.config.environment === 'sandbox'
  if (!sandbox || !(scale > 1)) return {}
  const { requestsPerSecond, burst } = opened.adapter.rateLimit
  return { rateLimit: { requestsPerSecond: requestsPerSecond * scale, burst } }
}

/**
 * Plans the listing against the register and applies it as the integrator, planning again from
 * the new register when someone wrote in between (up to three times). `listed` is what the
 * listing cost; its calls are kept on the run.
 */
export async function planAndApply(
  ctx: Pick<SyncContext, 'register' | 'trigger' | 'clock' | 'startedAt'>,
  planner: Planner,
  listed: { listingMs: number; http: { calls: number; retries: number } },
): Promise<SyncResult> {
  const { register } = ctx
  let planningMs = 0
  let applyMs = 0
  for (let attempt = 1; ; attempt++) {
    const planStarted = await ctx.clock()
    // A page per RPC: the register whole in one answer passes Workers RPC's 32 MiB at ~94,000
    // subscriptions.
    const plan = planner.plan(await readRegister(register))
    const planned = await ctx.clock()
    planningMs += planned - planStarted
    const stats = (): SyncStats => ({
      listingMs: listed.listingMs,
      planningMs,
      applyMs,
      calls: listed.http.calls,
      retries: listed.http.retries,
      customers: planner.customers,
      subscriptions: planner.subscriptions,
      operations: plan.operations.length,
      planAttempts: attempt,
    })
    // An unchanged distributor writes nothing: no version bump, no run.
    if (plan.operations.length === 0) return { plan, runId: null, stats: stats() }
    const applied = await applyInParts(register, plan, {
      actor: 'integrator',
      trigger: ctx.trigger,
      startedAt: ctx.startedAt,
      requests: listed.http.calls,
    })
    applyMs += (await ctx.clock()) - planned
    if (applied.ok) return { plan, runId: applied.runId, stats: stats() }
    if (applied.reason === 'invalid' || attempt >= MAX_PLAN_ATTEMPTS) {
      throw new Error(`The register refused the integrator's plan: ${applied.message}`)
    }
  }
}

// Operations per RPC when a plan travels in parts: ~1 KB each, so a part stays far under Workers
// RPC's 32 MiB (a 100,000-subscription first sync is ~47 MB as one plan).
const OPERATIONS_PER_PART = 10_000

/**
 * applyPlan, or for a plan over one RPC's size the register's plan upload (plan-uploads.ts, the
 * web's "plans in parts"): parts of OPERATIONS_PER_PART, then one commit, still all or nothing.
 */
async function applyInParts(
  register: RegisterRpc,
  plan: Plan,
  who: { actor: string; trigger: RunTrigger; startedAt: string; requests: number },
): Promise<ApplyResult> {
  if (plan.operations.length <= OPERATIONS_PER_PART)
    return register.applyPlan({ baseVersion: plan.baseVersion, plan, ...who })
  const { uploadId } = await register.startPlanUpload()
  let parts = 0
  for (let from = 0; from < plan.operations.length; from += OPERATIONS_PER_PART) {
    const put = await register.putPlanPart(
      uploadId,
      parts++,
      plan.operations.slice(from, from + OPERATIONS_PER_PART),
    )
    if (!put.ok)
      throw new Error(
        `The register refused part ${parts} of the integrator's plan: ${put.error.message}`,
      )
  }
  const result = await register.commitPlanUpload({
    uploadId,
    baseVersion: plan.baseVersion,
    parts,
    plan: { ...plan, operations: [] },
    ...who,
  })
  if (!result.ok && result.reason === 'not-found')
    throw new Error(`The register lost the integrator's plan while it was sent: ${result.message}`)
  return result as ApplyResult
}

/** A listing made ready to plan against a register snapshot (made again after a conflict). */
export type Planner = {
  plan(register: Register): Plan
  customers: number
  subscriptions: number
}

async function distributorPlanner(
  adapter: DistributorAdapter,
  http: ReturnType<typeof createDirectHttp>,
  ctx: SyncContext,
): Promise<Planner> {
  const { entities } = ctx.settings.integrator
  // Subscriptions are planned onto mapped customers, so customers are listed whenever either
  // entity syncs; the planner only writes customers when their entity is on. An entity that is
  // off is an incomplete (empty) listing, so nothing of it is ever treated as deleted.
  const customers: Listing<ExternalCustomer> =
    entities.customers || entities.subscriptions ? await adapter.listCustomers(http) : EMPTY
  const subscriptions: Listing<ExternalSubscription> = entities.subscriptions
    ? await adapter.listSubscriptions(http)
    : EMPTY
  return distributorPlannerOf(ctx, { customers, subscriptions })
}

/** A distributor's listing, read in one go or a step at a time, made ready to plan (planSync). */
export function distributorPlannerOf(
  ctx: Pick<SyncContext, 'opened' | 'settings' | 'day'>,
  listing: {
    customers: Pick<Listing<ExternalCustomer>, 'items' | 'complete'>
    subscriptions: Pick<Listing<ExternalSubscription>, 'items' | 'complete'>
  },
): Planner {
  const { adapter } = ctx.opened
  const connection: ConnectionRef = {
    id: ctx.opened.connection.id,
    distributor: adapter.id,
    distributorLabel: adapter.label,
  }
  const { customers, subscriptions } = listing
  return {
    plan: (register) =>
      planSync({
        connection,
        listing: {
          customers: { items: customers.items, complete: customers.complete },
          subscriptions: { items: subscriptions.items, complete: subscriptions.complete },
        },
        register,
        settings: ctx.settings,
        today: ctx.day,
      }),
    customers: customers.items.length,
    subscriptions: subscriptions.items.length,
  }
}

async function psaPlanner(
  opened: Extract<OpenedConnection, { kind: 'psa' }>,
  http: ReturnType<typeof createDirectHttp>,
): Promise<Planner> {
  const { adapter } = opened
  const companies = await adapter.listCompanies(http)
  const lines = await adapter.listBillingLines(http)
  return psaPlannerOf(opened, companies.items, lines)
}

/** A PSA's companies and billing lines made ready to plan (planPsaBillingImport). */
export function psaPlannerOf(
  opened: Extract<OpenedConnection, { kind: 'psa' }>,
  companies: PsaCompany[],
  lines: Pick<Listing<ExternalBillingLine>, 'items' | 'complete'>,
): Planner {
  const { adapter } = opened
  // The connection's billing currency for lines whose PSA says none (Autotask's).
  const currency = connectionCurrency(opened)
  return {
    plan: (register) =>
      planPsaBillingImport({
        connection: { id: opened.connection.id, psa: adapter.id, psaLabel: adapter.label },
        lines,
        companies,
        register,
        ...(currency ? { currency } : {}),
      }),
    customers: companies.length,
    subscriptions: 0,
  }
}
