import { RECORD_TABLES, type RecordTable, type Register, type SnapshotLine } from '@seatkeeper/core'
import type { RegisterRpc } from './register-rpc'
import type { SnapshotCursor } from './register-tables'

// A page is at most 1,000 records and about 2 MB of JSON: at 100,000 subscriptions (~45 MB) that
// is ~120 RPC answers each far below Workers RPC's 32 MiB, and the Worker holds one page at a time.
// The browser parses, checks and keeps a page (one NDJSON line) in a task: at 2,000 records that
// was 140–190 ms at 10,000 customers (docs/benchmarks.md).
export const PAGE_ROWS = 1_000
export const PAGE_CHARS = 2_000_000

type Page = { table: RecordTable; rows: string[]; version: number }

/** The register changed between two pages: the pages read so far do not make one register. */
export class RegisterMovedError extends Error {
  override readonly name = 'RegisterMovedError'
}

/**
 * The register's records, kind by kind (RECORD_KINDS order, each kind at least once) in register
 * order, as the stored JSON of each record, an RPC page at a time. Every page carries the version
 * it was read at; a different one means a write landed in between, and the read stops with
 * RegisterMovedError.
 */
export async function* snapshotPages(register: RegisterRpc): AsyncGenerator<Page> {
  let version: number | undefined
  let from: SnapshotCursor | null = { table: RECORD_TABLES[0] as RecordTable, after: 0 }
  while (from) {
    const page = await register.snapshotPage(from, PAGE_ROWS, PAGE_CHARS)
    version ??= page.version
    if (page.version !== version)
      throw new RegisterMovedError(
        `The register changed from version ${version} to ${page.version} while it was read; read it again.`,
      )
    for (const part of page.parts) yield { ...part, version }
    from = page.next
  }
}

// A write landing between two pages is rare (a page takes milliseconds): read again a few times.
const READ_ATTEMPTS = 3

/**
 * The whole register as one value in the Worker, for callers that plan on it (the integrator, the
 * billing lines CSV): the same pages as GET /api/register, parsed. A write during the read starts
 * it again, up to READ_ATTEMPTS times, then RegisterMovedError.
 */
export async function readRegister(register: RegisterRpc): Promise<Register> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await assembleRegister(snapshotPages(register))
    } catch (error) {
      if (!(error instanceof RegisterMovedError) || attempt >= READ_ATTEMPTS) throw error
    }
  }
}

async function assembleRegister(pages: AsyncGenerator<Page>): Promise<Register> {
  const register = { version: 0 } as Register
  for (const table of RECORD_TABLES) register[table] = []
  for await (const page of pages) {
    register.version = page.version
    const records = register[page.table] as unknown[]
    for (const row of page.rows) records.push(JSON.parse(row))
  }
  return register
}

/**
 * GET /api/register/snapshot's body: NDJSON lines (core SnapshotLineSchema) — `start`, one
 * `records` line per page, `end` — so a reader parses and stores a page at a time. A write during
 * the read ends the body with an `error` line instead of `end`.
 */
export async function* snapshotLines(pages: AsyncGenerator<Page>): AsyncGenerator<string> {
  let version: number | undefined
  try {
    for await (const page of pages) {
      if (version === undefined) {
        version = page.version
        yield line({ type: 'start', version })
      }
      if (page.rows.length > 0)
        yield `{"type":"records","table":${JSON.stringify(page.table)},"records":[${page.rows.join(',')}]}\n`
    }
    yield line({ type: 'end', version: version ?? 0 })
  } catch (error) {
    if (!(error instanceof RegisterMovedError)) throw error
    yield line({ type: 'error', message: error.message })
  }
}

/**
 * GET /api/register's body: the same pages written as one `Register` JSON document, for callers
 * that read the register whole (scripts, tests). A write during the read breaks the body off, so
 * the document does not parse rather than mix two versions.
 */
export async function* registerDocument(pages: AsyncGenerator<Page>): AsyncGenerator<string> {
  let open: RecordTable | undefined
  let first = true
  for await (const page of pages) {
    if (open === undefined) yield `{"version":${page.version}`
    if (page.table !== open) {
      if (open !== undefined) yield ']'
      yield `,${JSON.stringify(page.table)}:[`
      open = page.table
      first = true
    }
    if (page.rows.length === 0) continue
    yield `${first ? '' : ','}${page.rows.join(',')}`
    first = false
  }
  yield ']}'
}

/**
 * A response that pulls `chunks` as the client reads (one page in the Worker at a time). The first
 * chunk is read before answering, so a register that cannot be read answers an error status.
 */
export async function streamedResponse(
  chunks: AsyncGenerator<string>,
  contentType: string,
): Promise<Response> {
  const encoder = new TextEncoder()
  let next = await chunks.next()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (next.done) return controller.close()
        controller.enqueue(encoder.encode(next.value))
        next = await chunks.next()
      } catch (error) {
        controller.error(error)
      }
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
  return new Response(body, { headers: { 'content-type': contentType } })
}

const line = (value: SnapshotLine) => `${JSON.stringify(value)}\n`
