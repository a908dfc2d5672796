import type { Customer, Register, TopLevel } from '@seatkeeper/core'

/**
 * Sets up data for a browser test through the edge API, as a script would: same-origin JSON
 * writes (docs/api.md "Writes"), errors thrown with the edge's own message.
 */
export function apiClient(baseUrl: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { origin: baseUrl, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`)
    return JSON.parse(text) as T
  }
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
    register: () => call<Register>('GET', '/api/register'),
    createTopLevel: (name: string) => call<TopLevel>('POST', '/api/top-levels', { name }),
    createCustomer: (input: { name: string; topLevelId?: string; domain?: string }) =>
      call<Customer>('POST', '/api/customers', input),
    importCsv: (csv: string) =>
      call<{
        imported: number
        runId: string | null
        errors: Array<{ line: number; message: string }>
      }>('POST', '/api/customers/import', { csv }),
    undoRun: (runId: string) =>
      call<{ runId: string | null; reverted: number }>(
        'POST',
        `/api/runs/${encodeURIComponent(runId)}/undo`,
        {},
      ),
  }
}

/** A short random tag, so a test's records never collide with another test's in the shared register. */
export function uniqueTag(): string {
  return Math.random().toString(36).slice(2, 8)
}
