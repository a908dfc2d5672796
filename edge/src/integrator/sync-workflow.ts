import type {
  ExternalCustomer,
  ExternalSubscription,
  ImportListingWhat,
  Plan,
  RunTrigger,
  SyncProgress,
} from '@seatkeeper/core'
import type { ExternalBillingLine } from '@seatkeeper/core'
import {
  WorkflowEntrypoint,
  type WorkflowEvent,
  type WorkflowStep,
  type WorkflowStepConfig,
} from 'cloudflare:workers'
import type { ListingCursor, ListingKind, ListingPage } from '../register/listing-store'
import { registerStub } from '../register/register-stub'
import type { RegisterRpc } from '../register/register-rpc'
import { syncNowLeaseKey, type SyncNowEnd } from '../register/sync-now-store'
import { importListingLeaseKey, importListingRunKey } from '../register/import-listing-store'
import { openConnection, type OpenedConnection } from '../vault'
import { classifyFailure } from './classify-failure'
import { describePlan } from './describe-plan'
import { startHeartbeat } from './lease-heartbeat'
import {
  connectionClient,
  distributorPlannerOf,
  planAndApply,
  psaPlannerOf,
  type Planner,
} from './sync-connection'
import { throttledProgress } from './run-sync-now'

/**
 * One sync: the cron's for a connection and day, or a Sync now's (docs/integrator.md "The sync
 * workflow"); or the listing of an import made in the browser, which stops once it has listed
 * (docs/integrator.md "Imports that list at the edge"). The instance id is made from these
 * (syncInstanceId), so a doubled cron cannot start a second instance.
 */
export type SyncParams =
  | { trigger: 'cron'; connectionId: string; day: string }
  | { trigger: 'sync-now'; connectionId: string; day: string; syncId: string }
  | {
      trigger: 'import'
      connectionId: string
      day: string
      listingId: string
      what: ImportListingWhat
    }

/** What an instance ends with (its output; the register has the run and the status). */
export type SyncOutput = {
  outcome: 'applied' | 'no-changes' | 'listed' | 'skipped' | 'busy' | 'failed'
  runId?: string
  message: string
  /** Upstream requests over every step (retries and token exchanges included). */
  requests: number
  /** The plan step's own work: planning (CPU) and applying in the register, in ms. */
  planningMs?: number
  applyMs?: number
  /** The steps that did the work (tries included): how many, and the largest by calls and size. */
  steps?: StepFigures
}

/** What a run's steps came to, kept in its output (the engine's own record of each step aside). */
export type StepFigures = {
  count: number
  mostCalls: { name: string; requests: number }
  largestResult: { name: string; bytes: number }
}

/**
 * Customers whose subscriptions one step reads, for a distributor that reads them one customer at
 * a time. At Sherweb's 4 calls a second that is ~65 s and ~250 calls a step: far inside a step's
 * 30 s of CPU (the calls wait on the network, they do not compute), its 1,000 subrequests and the
 * 1 MiB result (a step returns counts; the records go to the register's SQLite).
 */
export const CUSTOMERS_PER_STEP = 250

/** The customers a subscriptions step reads: SYNC_CUSTOMERS_PER_STEP when set (a whole number). */
export function customersPerStep(env: Pick<Env, 'SYNC_CUSTOMERS_PER_STEP'>): number {
  const set = Number(env.SYNC_CUSTOMERS_PER_STEP)
  return Number.isInteger(set) && set > 0 ? set : CUSTOMERS_PER_STEP
}
/** Tries of a step that failed in a way another try can help (the distributor down, a 429). */
export const STEP_TRIES = 4
// Crashes (the isolate gone mid-step) are the platform's to retry; a failure the step itself
// classifies is retried below, after the wait the distributor asked for.
const STEP_CONFIG: WorkflowStepConfig = {
  retries: { limit: 2, delay: '30 seconds', backoff: 'exponential' },
  timeout: '30 minutes',
}
// A step's lease outlives the gap to the next step (a retry's wait is added to it before it).
const STEP_LEASE_TTL_MS = 10 * 60_000
// One RPC answer of the listing read back: well under Workers RPC's 32 MiB.
const READ_PAGE_CHARS = 8_000_000
// What an import listing keeps of the parts it could not read: enough to say what, never the lot.
const MAX_PROBLEMS = 20

/** The instance id of a sync: letters, digits, `-` and `_`, at most 100 characters. */
export function syncInstanceId(params: SyncParams): string {
  switch (params.trigger) {
    case 'cron':
      return `cron-${params.day}-${params.connectionId}`
    case 'sync-now':
      return `now-${params.syncId}`
    case 'import':
      // Also the listing store's key of its records, which outlive the instance.
      return importListingRunKey(params.listingId)
  }
}

/** The lease a sync holds while it runs (docs/integrator.md "Leases"). */
function leaseOf(params: SyncParams, instanceId: string) {
  switch (params.trigger) {
    case 'cron':
      return { key: `${params.connectionId}:${params.day}`, holder: instanceId }
    case 'sync-now':
      return { key: syncNowLeaseKey(params.connectionId), holder: params.syncId }
    case 'import':
      return {
        key: importListingLeaseKey(params.connectionId, params.what),
        holder: params.listingId,
      }
  }
}

type Begun =
  | { skip: SyncOutput }
  | {
      startedAt: string
      kind: OpenedConnection['kind']
      /** Subscriptions are read a step of customers at a time (listSubscriptionsOf). */
      perCustomer: boolean
      customersOn: boolean
      subscriptionsOn: boolean
    }

/** What a listing step returns: counts only (the records are in the register's SQLite). */
type Listed = {
  count: number
  complete: boolean
  requests: number
  /** What part of the listing could not be read, in the adapter's words (a few at most). */
  problems?: string[]
  /** The customers step: how many parts it wrote, and when it ended (the next phase's start). */
  parts?: number
  at?: string
}

/**
 * step.do with the result typed as the work's: every result here is plain JSON (counts, ids,
 * messages), which is what the platform stores; the generic Serializable check cannot see that.
 */
function doStep<T>(step: WorkflowStep, name: string, work: () => Promise<T>): Promise<T> {
  // `step` is an RPC stub in the engine: call its method on it, never a detached copy.
  return step.do(name, STEP_CONFIG, work as () => Promise<never>) as Promise<T>
}

/** A step's answer: its work's result, or its failure in words and, when waiting helps, how long. */
type Attempt<T> =
  { ok: true; value: T } | { ok: false; message: string; retryAfterSeconds?: number }

/** A run's failure in the words recorded on the connection and in Runs. */
class SyncFailed extends Error {}

/** The lease went to another run of the connection: this one stops. */
class LeaseLostError extends Error {}

export class SyncWorkflow extends WorkflowEntrypoint<Env, SyncParams> {
  override async run(
    event: Readonly<WorkflowEvent<SyncParams>>,
    step: WorkflowStep,
  ): Promise<SyncOutput> {
    return runSync(this.env, event.payload, event.instanceId, step)
  }
}

/**
 * The steps: begin (lease, settings), customers, subscriptions (a step per CUSTOMERS_PER_STEP
 * customers, or one), then plan, apply and record. Whatever fails after begin is recorded on the
 * connection and in Runs, and the lease is freed.
 */
export async function runSync(
  env: Env,
  params: SyncParams,
  instanceId: string,
  step: WorkflowStep,
): Promise<SyncOutput> {
  const register = registerStub(env)
  const lease = leaseOf(params, instanceId)
  const runKey = instanceId
  const perStep = customersPerStep(env)
  let requests = 0
  // From the steps' results, so a replay after a resume counts them the same.
  const steps: StepFigures = {
    count: 0,
    mostCalls: { name: '', requests: 0 },
    largestResult: { name: '', bytes: 0 },
  }
  const figure = (name: string, result: Attempt<unknown>) => {
    steps.count++
    const bytes = JSON.stringify(result).length
    if (bytes > steps.largestResult.bytes) steps.largestResult = { name, bytes }
    const value = result.ok ? (result.value as { requests?: unknown }) : undefined
    if (typeof value?.requests === 'number' && value.requests > steps.mostCalls.requests)
      steps.mostCalls = { name, requests: value.requests }
  }

  /** A step that retries, after the wait asked for, what another try can help. */
  const durable = async <T>(name: string, work: (callsBefore: number) => Promise<T>) => {
    for (let attempt = 1; ; attempt++) {
      const label = attempt === 1 ? name : `${name} (try ${attempt})`
      const result = await doStep<Attempt<T>>(step, label, async () => {
        try {
          return { ok: true, value: await withLease(register, lease, () => work(requests)) }
        } catch (error) {
          if (error instanceof LeaseLostError) return { ok: false, message: error.message }
          const failure = classifyFailure(error, params.trigger)
          if (failure.unexpected) console.error(`Sync ${instanceId}, step ${label}:`, error)
          const retryAfterSeconds = attempt < STEP_TRIES ? failure.retryAfterSeconds : undefined
          // Keep the lease through the wait, so the run still reads as running.
          if (retryAfterSeconds !== undefined)
            await register.renewLease(
              lease.key,
              lease.holder,
              retryAfterSeconds * 1000 + STEP_LEASE_TTL_MS,
            )
          return {
            ok: false,
            message: failure.message,
            ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
          }
        }
      })
      figure(label, result)
      // A failure the step classified ends the run (recorded below) unless a wait can help.
      if (!result.ok && result.retryAfterSeconds === undefined) throw new SyncFailed(result.message)
      if (result.ok) return result.value
      await step.sleep(
        `${name}: wait before try ${attempt + 1}`,
        (result.retryAfterSeconds ?? 0) * 1000,
      )
    }
  }

  const begun = await doStep<Begun>(step, 'begin', () => begin(env, register, params, lease))
  if ('skip' in begun) {
    if (params.trigger !== 'cron')
      await step.do('finish', STEP_CONFIG, () =>
        finishBackground(register, params, { state: 'failed', message: begun.skip.message }),
      )
    return begun.skip
  }
  const ctx = { env, register, params, runKey, startedAt: begun.startedAt, perStep }

  try {
    let customers: Listed = { count: 0, complete: false, requests: 0 }
    let subscriptions: Listed = { count: 0, complete: false, requests: 0 }
    let lines: Listed | undefined
    if (begun.kind === 'psa') {
      lines = await durable('companies and billing lines', (before) => listPsa(ctx, before))
      requests += lines.requests
    } else {
      if (begun.customersOn || begun.subscriptionsOn) {
        customers = await durable('customers', (before) => listCustomers(ctx, before))
        requests += customers.requests
      }
      if (begun.subscriptionsOn && begun.perCustomer) {
        const parts = customers.parts ?? 0
        let done = 0
        let complete = true
        const problems: string[] = []
        // From the step's result, not the clock: run() is replayed when an instance resumes.
        const since = customers.at ?? begun.startedAt
        for (let part = 0; part < parts; part++) {
          const chunk: Listed = await durable(`subscriptions ${part + 1} of ${parts}`, (before) =>
            listSubscriptionsOfPart(ctx, part, before, {
              phase: 'subscriptions',
              unit: 'customers',
              done,
              total: customers.count,
              since,
            }),
          )
          requests += chunk.requests
          done = Math.min(customers.count, (part + 1) * perStep)
          complete &&= chunk.complete
          problems.push(...(chunk.problems ?? []))
          subscriptions = {
            count: subscriptions.count + chunk.count,
            complete,
            requests: 0,
            problems: problems.slice(0, MAX_PROBLEMS),
          }
        }
        // No customers: nothing to read, and nothing unread.
        if (parts === 0) subscriptions = { count: 0, complete: customers.complete, requests: 0 }
      } else if (begun.subscriptionsOn) {
        subscriptions = await durable('subscriptions', (before) =>
          listAllSubscriptions(ctx, before),
        )
        requests += subscriptions.requests
      }
    }
    const total = requests
    if (params.trigger === 'import') {
      // An import plans in the browser, from these records: they stay until a newer listing.
      const problems = [...(customers.problems ?? []), ...(subscriptions.problems ?? [])].slice(
        0,
        MAX_PROBLEMS,
      )
      await step.do('finish', STEP_CONFIG, async () => {
        await register.finishImportListing(params.connectionId, params.what, params.listingId, {
          state: 'ready',
          requests: total,
          customers: customers.count,
          subscriptions: subscriptions.count,
          complete: customers.complete && (params.what === 'customers' || subscriptions.complete),
          problems,
        })
      })
      return {
        outcome: 'listed',
        message: `Listed ${customers.count} customers and ${subscriptions.count} subscriptions.`,
        requests: total,
        steps,
      }
    }
    const outcome = await durable('plan, apply and record', () =>
      planApplyRecord(ctx, {
        kind: begun.kind,
        customersComplete: customers.complete,
        subscriptionsComplete: subscriptions.complete,
        linesComplete: lines?.complete ?? false,
        requests: total,
      }),
    )
    await step.do('finish', STEP_CONFIG, async () => {
      if (params.trigger === 'cron') await register.completeLease(lease.key, lease.holder)
      await finishBackground(register, params, {
        state: 'finished',
        outcome: outcome.outcome === 'applied' ? 'applied' : 'no-changes',
        ...(outcome.runId ? { runId: outcome.runId } : {}),
        message: outcome.message,
      })
      await register.dropListing(runKey)
    })
    return { ...outcome, requests: total, steps }
  } catch (error) {
    // A failure a step classified has its words; anything else (the platform gave up on a step
    // whose isolate kept dying) is said plainly.
    const message =
      error instanceof SyncFailed
        ? error.message
        : 'The sync stopped: one of its steps kept failing unexpectedly. The Worker log has the details; the next sync tries again.'
    if (!(error instanceof SyncFailed)) console.error(`Sync ${instanceId} failed:`, error)
    await step.do('record the failure', STEP_CONFIG, () =>
      recordFailure(ctx, lease, message, requests),
    )
    return { outcome: 'failed', message, requests, steps }
  }
}

type RunContext = {
  env: Env
  register: RegisterRpc
  params: SyncParams
  runKey: string
  startedAt: string
  /** Customers per subscriptions step (customersPerStep). */
  perStep: number
}

async function begin(
  env: Env,
  register: RegisterRpc,
  params: SyncParams,
  lease: { key: string; holder: string },
): Promise<Begun> {
  const startedAt = new Date().toISOString()
  let opened: OpenedConnection
  try {
    opened = await openConnection(env, params.connectionId)
  } catch (error) {
    const failure = classifyFailure(error, params.trigger)
    if (failure.gone) return { skip: { outcome: 'skipped', message: failure.message, requests: 0 } }
    if (params.trigger !== 'import')
      await register.recordSync(params.connectionId, {
        at: new Date().toISOString(),
        error: failure.message,
        run: note(params.trigger, startedAt, 0, 'failed', failure.message),
      })
    return { skip: { outcome: 'failed', message: failure.message, requests: 0 } }
  }
  const settings = await register.getSettings(params.connectionId)
  if (params.trigger === 'cron' && !settings.integrator.enabled)
    return {
      skip: {
        outcome: 'skipped',
        message: 'The integrator of this connection is off; nothing was done.',
        requests: 0,
      },
    }
  if (params.trigger === 'import' && opened.kind !== 'distributor')
    return {
      skip: {
        outcome: 'failed',
        message: `Connection ${params.connectionId} is a PSA's: its companies are listed through the proxy, not at the edge.`,
        requests: 0,
      },
    }
  const taken = await register.acquireLease(lease.key, lease.holder, STEP_LEASE_TTL_MS)
  if (taken !== 'acquired')
    return {
      skip: {
        outcome: 'busy',
        message:
          taken === 'done'
            ? 'This connection was already synced today; nothing was done.'
            : 'A sync of this connection is already running; nothing was done. Try again in a few minutes.',
        requests: 0,
      },
    }
  // The cron's run is shown on the Integrator tab as it goes, like a Sync now.
  if (params.trigger === 'cron')
    await register.beginNightlySync(params.connectionId, lease.holder, lease.key)
  const { entities } = settings.integrator
  return {
    startedAt,
    kind: opened.kind,
    perCustomer: opened.kind === 'distributor' && opened.adapter.listSubscriptionsOf !== undefined,
    // An import lists what it imports, whatever the integrator's own entities are.
    customersOn: params.trigger === 'import' || entities.customers,
    subscriptionsOn:
      params.trigger === 'import' ? params.what === 'subscriptions' : entities.subscriptions,
  }
}

/**
 * The step's client, counting its requests and reporting the run's progress as they go: the
 * step's own (`progressAt`, e.g. customers read) or, for a paged listing, pages read of all in
 * `phase` (readLaterPages tells the client).
 */
async function stepClient(
  ctx: RunContext,
  before: number,
  progressAt?: (() => SyncProgress) | SyncProgress['phase'],
) {
  const opened = await openConnection(ctx.env, ctx.params.connectionId)
  const { params, register } = ctx
  const since = new Date().toISOString()
  let pages: SyncProgress | undefined
  const progress = () => (typeof progressAt === 'function' ? progressAt() : pages)
  const reporter = throttledProgress((requests) =>
    reportBackground(register, params, before + requests, progress()),
  )
  const client = await connectionClient({
    env: ctx.env,
    register,
    opened,
    onRequest: reporter.count,
    ...(typeof progressAt === 'string'
      ? {
          http: {
            onPage: (done: number, total: number) => {
              pages = { phase: progressAt, unit: 'pages', done, total, since }
              reporter.changed()
            },
          },
        }
      : {}),
  })
  return {
    ...client,
    /** Requests this step sent, its progress written. */
    async settle(): Promise<number> {
      await reporter.settled()
      return client.http.stats.calls
    },
  }
}

function distributorOf(opened: OpenedConnection) {
  if (opened.kind !== 'distributor')
    throw new Error(`Connection ${opened.connection.id} is no longer a distributor's.`)
  return opened.adapter
}

async function listCustomers(ctx: RunContext, before: number): Promise<Listed> {
  const client = await stepClient(ctx, before, 'customers')
  const listing = await client.read(distributorOf(client.opened).listCustomers(client.http))
  // In parts of a step's worth, so each subscriptions step reads its own customers back.
  let parts = 0
  for (let from = 0; from < listing.items.length; from += ctx.perStep) {
    await putPart(ctx, 'customers', parts++, listing.items.slice(from, from + ctx.perStep))
  }
  return {
    count: listing.items.length,
    complete: listing.complete,
    requests: await client.settle(),
    problems: listing.problems.slice(0, MAX_PROBLEMS),
    parts,
    at: new Date().toISOString(),
  }
}

async function listSubscriptionsOfPart(
  ctx: RunContext,
  part: number,
  before: number,
  progress: SyncProgress,
): Promise<Listed> {
  const customers = await readPart<ExternalCustomer>(ctx, 'customers', part)
  // The adapter says when each customer is read (one call for Sherweb, ALSO; a list and a call per
  // subscription for Ingram Micro); the progress goes out with the requests' throttled reports.
  let read = 0
  const client = await stepClient(ctx, before, () => ({ ...progress, done: progress.done + read }))
  const adapter = distributorOf(client.opened)
  const listing = await client.read(
    adapter.listSubscriptionsOf?.(client.http, customers, () => read++) ??
      adapter.listSubscriptions(client.http),
  )
  await putPart(ctx, 'subscriptions', part, listing.items)
  const requests = await client.settle()
  await reportBackground(ctx.register, ctx.params, before + requests, {
    ...progress,
    done: Math.min(progress.total, progress.done + customers.length),
  })
  return {
    count: listing.items.length,
    complete: listing.complete,
    requests,
    problems: listing.problems.slice(0, MAX_PROBLEMS),
  }
}

async function listAllSubscriptions(ctx: RunContext, before: number): Promise<Listed> {
  const client = await stepClient(ctx, before, 'subscriptions')
  const listing = await client.read(distributorOf(client.opened).listSubscriptions(client.http))
  await putPart(ctx, 'subscriptions', 0, listing.items)
  return {
    count: listing.items.length,
    complete: listing.complete,
    requests: await client.settle(),
    problems: listing.problems.slice(0, MAX_PROBLEMS),
  }
}

async function listPsa(ctx: RunContext, before: number): Promise<Listed> {
  const client = await stepClient(ctx, before)
  const { opened } = client
  if (opened.kind !== 'psa')
    throw new Error(`Connection ${opened.connection.id} is no longer a PSA's.`)
  const read = async () => {
    const companies = await opened.adapter.listCompanies(client.http)
    const lines = await opened.adapter.listBillingLines(client.http)
    return { companies, lines }
  }
  const { companies, lines } = await client.read(read())
  await putPart(ctx, 'customers', 0, companies.items)
  await putPart(ctx, 'lines', 0, lines.items)
  return { count: lines.items.length, complete: lines.complete, requests: await client.settle() }
}

async function planApplyRecord(
  ctx: RunContext,
  listed: {
    kind: OpenedConnection['kind']
    customersComplete: boolean
    subscriptionsComplete: boolean
    linesComplete: boolean
    requests: number
  },
): Promise<Omit<SyncOutput, 'requests'>> {
  const { register, params } = ctx
  if (params.trigger === 'import') throw new Error('An import listing is planned in the browser.')
  const opened = await openConnection(ctx.env, params.connectionId)
  const settings = await register.getSettings(params.connectionId)
  let planner: Planner
  if (opened.kind === 'psa') {
    planner = psaPlannerOf(opened, await readAll(ctx, 'customers'), {
      items: await readAll<ExternalBillingLine>(ctx, 'lines'),
      complete: listed.linesComplete,
    })
  } else {
    planner = distributorPlannerOf(
      { opened, settings, day: params.day },
      {
        customers: {
          items: await readAll<ExternalCustomer>(ctx, 'customers'),
          complete: listed.customersComplete,
        },
        subscriptions: {
          items: await readAll<ExternalSubscription>(ctx, 'subscriptions'),
          complete: listed.subscriptionsComplete,
        },
      },
    )
  }
  const result = await planAndApply(
    {
      register,
      trigger: params.trigger,
      startedAt: ctx.startedAt,
      // workerd moves its clock only across I/O: a zero timer makes a reading "now".
      clock: async () => {
        await new Promise((resolve) => setTimeout(resolve, 0))
        return Date.now()
      },
    },
    planner,
    { listingMs: 0, http: { calls: listed.requests, retries: 0 } },
  )
  await recordSuccess(register, params, ctx.startedAt, result.plan, result.runId, listed.requests)
  return {
    outcome: result.runId ? 'applied' : 'no-changes',
    ...(result.runId ? { runId: result.runId } : {}),
    message: describePlan(result.plan, opened.adapter.label),
    planningMs: result.stats.planningMs,
    applyMs: result.stats.applyMs,
  }
}

/** The connection's status and, for a run that wrote nothing, its note in Runs. */
export async function recordSuccess(
  register: Pick<RegisterRpc, 'recordSync'>,
  params: { connectionId: string; trigger: RunTrigger },
  startedAt: string,
  plan: Plan,
  runId: string | null,
  requests: number,
  at = new Date().toISOString(),
): Promise<void> {
  const held = plan.quarantine[0]
  await register.recordSync(params.connectionId, {
    at,
    runId,
    // The newest listing decides what is held back, even when it changed nothing.
    quarantine: plan.quarantine,
    ...(runId
      ? {}
      : {
          run: {
            ...(held
              ? note(params.trigger, startedAt, requests, 'held-back', held.reason)
              : note(params.trigger, startedAt, requests, 'unchanged')),
            summary: plan.summary,
            skipped: plan.skipped,
            quarantine: plan.quarantine,
          },
        }),
  })
}

/** A run that wrote nothing, as Runs shows it: unchanged, failed or only held back. */
export function note(
  trigger: RunTrigger,
  startedAt: string,
  requests: number,
  outcome: 'unchanged' | 'failed' | 'held-back',
  reason?: string,
) {
  return {
    kind: 'sync' as const,
    trigger,
    actor: 'integrator',
    startedAt,
    outcome,
    ...(reason ? { reason } : {}),
    requests,
  }
}

async function recordFailure(
  ctx: RunContext,
  lease: { key: string; holder: string },
  message: string,
  requests: number,
): Promise<void> {
  const { register, params } = ctx
  // An import's listing failing changed nothing: it is the import screen's to show, not a run.
  if (params.trigger !== 'import')
    await register.recordSync(params.connectionId, {
      at: new Date().toISOString(),
      error: message,
      run: note(params.trigger, ctx.startedAt, requests, 'failed', message),
    })
  // Free the day's lease, so a Sync now or tomorrow's cron may run.
  if (params.trigger === 'cron') await register.releaseLease(lease.key, lease.holder)
  await finishBackground(register, params, { state: 'failed', message })
  await register.dropListing(ctx.runKey)
}

/**
 * A run's end where the web reads it: a Sync now's, the cron's (the Integrator tab) or an import
 * listing's (which ends `ready` in its own step, or failed here).
 */
export function finishBackground(register: RegisterRpc, params: SyncParams, end: SyncNowEnd) {
  switch (params.trigger) {
    case 'sync-now':
      return register.finishSyncNow(params.connectionId, params.syncId, end)
    case 'cron':
      return register.finishNightlySync(params.connectionId, syncInstanceId(params), end)
    case 'import':
      if (end.state !== 'failed') throw new Error('An import listing ends ready, with its counts.')
      return register.finishImportListing(params.connectionId, params.what, params.listingId, end)
  }
}

/** A run's progress where the web reads it (as finishBackground). */
function reportBackground(
  register: RegisterRpc,
  params: SyncParams,
  requests: number,
  progress?: SyncProgress,
) {
  switch (params.trigger) {
    case 'sync-now':
      return register.reportSyncNow(params.connectionId, params.syncId, requests, progress)
    case 'cron':
      return register.reportNightlySync(
        params.connectionId,
        syncInstanceId(params),
        requests,
        progress,
      )
    case 'import':
      return register.reportImportListing(
        params.connectionId,
        params.what,
        params.listingId,
        requests,
        progress,
      )
  }
}

/** Runs a step's work under the run's lease, renewed while it works; lost → the step stops. */
async function withLease<T>(
  register: RegisterRpc,
  lease: { key: string; holder: string },
  work: () => Promise<T>,
): Promise<T> {
  if (!(await register.renewLease(lease.key, lease.holder, STEP_LEASE_TTL_MS)))
    throw new LeaseLostError(
      'The sync lost its lease to another run of this connection; nothing more was done by it.',
    )
  const heartbeat = startHeartbeat(register, { ...lease, ttlMs: STEP_LEASE_TTL_MS })
  try {
    return await work()
  } finally {
    heartbeat.stop()
  }
}

function putPart(ctx: RunContext, kind: ListingKind, part: number, items: readonly unknown[]) {
  return ctx.register.putListingPart(
    ctx.runKey,
    kind,
    part,
    items.map((item) => JSON.stringify(item)),
  )
}

async function readPart<T>(ctx: RunContext, kind: ListingKind, part: number): Promise<T[]> {
  const json = await ctx.register.readListingPart(ctx.runKey, kind, part)
  return json.flatMap((chunk) => JSON.parse(chunk) as T[])
}

/** Every record of `kind` the run's steps listed, read back a page per RPC. */
async function readAll<T>(ctx: RunContext, kind: ListingKind): Promise<T[]> {
  const items: T[] = []
  let from: ListingCursor | undefined = { part: 0, chunk: 0 }
  while (from) {
    const page: ListingPage = await ctx.register.readListingPage(
      ctx.runKey,
      kind,
      from,
      READ_PAGE_CHARS,
    )
    for (const json of page.json) for (const item of JSON.parse(json) as T[]) items.push(item)
    from = page.next
  }
  return items
}
