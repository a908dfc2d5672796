import {
  CreateConnectionBodySchema,
  defaultConnectionSettings,
  EmptyBodySchema,
  UpdateConnectionBodySchema,
  type ConnectionDeleted,
  type ConnectionList,
  type RotationResult,
  type ConnectionView,
  type TestOutcome,
} from '@seatkeeper/core'
import { connectorById } from '@seatkeeper/psa'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { jsonBody } from '../http/json-body'
import { forgetConnectionTokens } from '../http/connection-tokens'
import { registerStub } from '../register/register-stub'
import {
  ConnectionNotFoundError,
  connectionKey,
  deleteStoredConnection,
  listStoredConnections,
  loadKeyring,
  metaOf,
  readSecrets,
  readStoredConnection,
  rotateCredentialsKey,
  saveConnection,
} from '../vault'
import { checkCredentials } from './check-credentials'
import { toConnectionView } from './connection-view'
import { runtimeEnvOf } from '../http/runtime-env'
import { testConnection } from './test-connection'
import { withConnectionWriteLock } from './with-connection-write-lock'

/**
 * /api/connections: the vault's records as ConnectionViews (docs/api.md "Connections"), to a
 * distributor or a PSA alike: `distributor` in a body or a record is any adapter id, resolved over
 * both registries by connectorById. Bodies and answers are the schemas of core's
 * api/connections.ts, which the web parses with.
 */
export const connectionRoutes = new Hono<AppEnv>()

connectionRoutes.get('/', async (c) => {
  const [records, statuses] = await Promise.all([
    listStoredConnections(c.env),
    registerStub(c.env).connectionStatuses(),
  ])
  return c.json({
    connections: records.map((r) =>
      toConnectionView(r, connectorById(r.distributor), statuses[r.id]),
    ),
  } satisfies ConnectionList)
})

// Before /:id so "rotate-key" is never read as a connection id.
connectionRoutes.post('/rotate-key', jsonBody(EmptyBodySchema), async (c) => {
  return c.json((await rotateCredentialsKey(c.env)) satisfies RotationResult)
})

connectionRoutes.post('/', jsonBody(CreateConnectionBodySchema), async (c) => {
  const body = c.req.valid('json')
  const connector = connectorById(body.distributor)
  if (!connector)
    throw new AppError(
      'invalid',
      `Seatkeeper has no distributor or PSA "${body.distributor}". Choose one of those GET /api/distributors and GET /api/psas list.`,
      { field: 'distributor' },
    )
  const { adapter } = connector
  const credentials = checkCredentials(adapter, body, { runtime: runtimeEnvOf(c.env) })
  const now = new Date().toISOString()
  const meta = {
    id: crypto.randomUUID(),
    distributor: adapter.id,
    name: body.name,
    config: { ...credentials.config },
    createdAt: now,
    updatedAt: now,
  }
  const record = await saveConnection(c.env, meta, credentials.secrets)
  try {
    await registerStub(c.env).putSettings(meta.id, defaultConnectionSettings())
  } catch (error) {
    // No connection without its settings: undo the write so a retry starts clean.
    await deleteStoredConnection(c.env, meta.id)
    throw error
  }
  return c.json(toConnectionView(record, connector, undefined) satisfies ConnectionView, 201)
})

connectionRoutes.get('/:id', async (c) => {
  const id = c.req.param('id')
  const record = await readStoredConnection(c.env, id)
  if (!record) throw new ConnectionNotFoundError(id)
  const statuses = await registerStub(c.env).connectionStatuses()
  return c.json(
    toConnectionView(
      record,
      connectorById(record.distributor),
      statuses[id],
    ) satisfies ConnectionView,
  )
})

connectionRoutes.patch('/:id', jsonBody(UpdateConnectionBodySchema), async (c) => {
  const id = c.req.param('id')
  const body = c.req.valid('json')
  // Read, merge and write under the lock, or a concurrent PATCH would undo this one.
  const updated = await withConnectionWriteLock(c.env, id, async () => {
    const record = await readStoredConnection(c.env, id)
    if (!record) throw new ConnectionNotFoundError(id)
    const connector = connectorById(record.distributor)
    if (!connector)
      throw new AppError(
        'invalid',
        `Seatkeeper no longer supports "${record.distributor}"; delete this connection.`,
      )
    const { adapter } = connector
    const sent = body.secrets ?? {}
    // Every secret sent again: the saved ones are not needed, which also mends an unreadable record.
    const allSent = adapter.fields
      .filter((f) => f.secret)
      .every((f) => (sent[f.key]?.trim() ?? '') !== '')
    const saved = allSent ? {} : await readSecrets(c.env, await loadKeyring(c.env), record)
    const credentials = checkCredentials(
      adapter,
      { config: { ...record.config, ...body.config }, secrets: sent },
      { runtime: runtimeEnvOf(c.env), saved },
    )
    const meta = {
      ...metaOf(record),
      name: body.name ?? record.name,
      config: { ...credentials.config },
      updatedAt: new Date().toISOString(),
    }
    return { record: await saveConnection(c.env, meta, credentials.secrets), connector }
  })
  // A token from the old secret must not outlive it: the next call logs in with what was saved.
  forgetConnectionTokens(id)
  const statuses = await registerStub(c.env).connectionStatuses()
  return c.json(
    toConnectionView(updated.record, updated.connector, statuses[id]) satisfies ConnectionView,
  )
})

connectionRoutes.delete('/:id', async (c) => {
  const id = c.req.param('id')
  // A raw existence check: a damaged record must still be deletable.
  if ((await c.env.CREDENTIALS.get(connectionKey(id))) === null)
    throw new ConnectionNotFoundError(id)
  // Settings and status first: if that fails the connection is still there to delete again.
  await registerStub(c.env).forgetConnection(id)
  await deleteStoredConnection(c.env, id)
  forgetConnectionTokens(id)
  return c.json({ deleted: id } satisfies ConnectionDeleted)
})

connectionRoutes.post('/:id/test', async (c) => {
  return c.json((await testConnection(c.env, c.req.param('id'))) satisfies TestOutcome)
})
