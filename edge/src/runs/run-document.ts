import type { RunDetail } from '@seatkeeper/core'
import type { RegisterRpc } from '../register/register-rpc'
import { PAGE_CHARS, PAGE_ROWS } from '../register/register-snapshot'

/**
 * GET /api/runs/:id's body (core RunDetailSchema) written from the run's head and its operations
 * read a page per RPC: a first import's run (92,000 operations, ~46 MB) in one RPC answer passed
 * Workers RPC's 32 MiB. A run's operations never change once written, so pages need no version.
 */
export async function* runDocument(
  register: RegisterRpc,
  id: string,
  head: Omit<RunDetail, 'operations'>,
): AsyncGenerator<string> {
  yield `${JSON.stringify(head).slice(0, -1)},"operations":[`
  let from: number | null = 0
  let first = true
  while (from !== null) {
    const page = await register.runOperationsPage(id, from, PAGE_ROWS, PAGE_CHARS)
    if (page.rows.length > 0) yield `${first ? '' : ','}${page.rows.join(',')}`
    first = first && page.rows.length === 0
    from = page.next
  }
  yield ']}'
}
