import { Hono } from 'hono'
import * as v from 'valibot'
import {
  ImportListingStartSchema,
  ImportListingWhatSchema,
  type ImportListing,
  type SyncNow,
  type SyncNowRead,
} from '@seatkeeper/core'
import { adapterById, importListsAtEdge } from '@seatkeeper/distributors'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { jsonBody } from '../http/json-body'
import { importListingRunKey } from '../register/import-listing-store'
import { registerStub } from '../register/register-stub'
import { ConnectionNotFoundError, readStoredConnection } from '../vault'
import { startImportListing, startSyncNow } from './start-sync'

// "Sync now" shares the integrator's code with the cron, run in the background (start-sync.ts):
// the press answers at once and the web polls GET …/sync for the outcome. It holds its own lease
// (not the day's), so it runs even after today's sync, but two presses at once do not run twice.
// An import of a distributor that reads one customer at a time lists here the same way (the
// import listings below) and plans in the browser from the records.

async function requireConnection(env: Env, connectionId: string) {
  // An unknown id is the caller's mistake (404), not a failed sync to record on a status row.
  const stored = await readStoredConnection(env, connectionId)
  if (!stored) throw new ConnectionNotFoundError(connectionId)
  return stored
}

// One page of records to the browser: a few MB, so the first page plans while the next loads.
const RECORDS_PAGE_CHARS = 4_000_000

const RecordsKindSchema = v.picklist(['customers', 'subscriptions'])
const CursorSchema = v.object({
  part: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0)), '0'),
  chunk: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0)), '0'),
})

function what(param: string) {
  const parsed = v.safeParse(ImportListingWhatSchema, param)
  if (!parsed.success)
    throw new AppError(
      'invalid',
      `"${param}" is not a listing an import makes: use customers or subscriptions.`,
      { field: 'what' },
    )
  return parsed.output
}

export const syncRoutes = new Hono<AppEnv>()
  .post('/:id/sync', async (c) => {
    const connectionId = c.req.param('id')
    await requireConnection(c.env, connectionId)
    return c.json((await startSyncNow(c.env, connectionId)) satisfies SyncNow, 202)
  })
  .get('/:id/sync', async (c) => {
    const connectionId = c.req.param('id')
    await requireConnection(c.env, connectionId)
    const latest = await registerStub(c.env).readSyncNow(connectionId)
    return c.json({ latest } satisfies SyncNowRead)
  })
  // The cron's current or last run of the connection, with its progress while it runs.
  .get('/:id/nightly-sync', async (c) => {
    const connectionId = c.req.param('id')
    await requireConnection(c.env, connectionId)
    const latest = await registerStub(c.env).readNightlySync(connectionId)
    return c.json({ latest } satisfies SyncNowRead)
  })
  // 202 with a listing just started; 200 with the one running or a recent ready one.
  .post('/:id/import-listings', jsonBody(ImportListingStartSchema), async (c) => {
    const connectionId = c.req.param('id')
    const stored = await requireConnection(c.env, connectionId)
    const adapter = adapterById(stored.distributor)
    if (!adapter || !importListsAtEdge(adapter))
      throw new AppError(
        'invalid',
        `${adapter?.label ?? 'This connection'} answers an import in a few calls, so the browser lists it through the proxy; only distributors that read one customer at a time list at the edge.`,
        { field: 'connection' },
      )
    const { started, listing } = await startImportListing(c.env, connectionId, c.req.valid('json'))
    return c.json(listing satisfies ImportListing, started ? 202 : 200)
  })
  .get('/:id/import-listings/:what', async (c) => {
    const connectionId = c.req.param('id')
    await requireConnection(c.env, connectionId)
    const latest = await registerStub(c.env).readImportListing(
      connectionId,
      what(c.req.param('what')),
    )
    return c.json({ latest })
  })
  .get('/:id/import-listings/:what/:listingId/:kind', async (c) => {
    const connectionId = c.req.param('id')
    await requireConnection(c.env, connectionId)
    const listingId = c.req.param('listingId')
    const kind = v.safeParse(RecordsKindSchema, c.req.param('kind'))
    if (!kind.success)
      throw new AppError('invalid', 'Records are customers or subscriptions.', { field: 'kind' })
    const cursor = v.safeParse(CursorSchema, c.req.query())
    if (!cursor.success)
      throw new AppError('invalid', 'part and chunk are whole numbers from 0 (a page’s next).', {
        field: 'part',
      })
    const register = registerStub(c.env)
    const latest = await register.readImportListing(connectionId, what(c.req.param('what')))
    if (latest?.id !== listingId || latest.state !== 'ready')
      throw new AppError(
        'not-found',
        'This listing is not ready, or a newer one took its place: read the distributor again.',
      )
    const page = await register.readListingPage(
      importListingRunKey(listingId),
      kind.output,
      cursor.output,
      RECORDS_PAGE_CHARS,
    )
    // The records are stored as JSON arrays: joined, not parsed and written again.
    const items = page.json.map((json) => json.slice(1, -1)).filter((inner) => inner.length > 0)
    const next = page.next ? `,"next":${JSON.stringify(page.next)}` : ''
    return c.body(`{"items":[${items.join(',')}]${next}}`, 200, {
      'content-type': 'application/json',
    })
  })
