import { describe, expect, it } from 'vitest'
import { app } from '../app'

const indexHtml = '<!doctype html><title>Seatkeeper</title>'

// Behaves like the asset server under not_found_handling = "single-page-application": a known
// file is served as is, anything else gets index.html with 200.
function spaAssets(files: Record<string, { body: string; type: string }>) {
  const fetcher = {
    async fetch(input: RequestInfo | URL) {
      const path = new URL(input instanceof Request ? input.url : input).pathname
      const file = files[path]
      if (file) return new Response(file.body, { headers: { 'content-type': file.type } })
      return new Response(indexHtml, { headers: { 'content-type': 'text/html; charset=utf-8' } })
    },
  }
  return { ASSETS: fetcher as unknown as Fetcher } as Env
}

describe('GET /assets/*', () => {
  const env = spaAssets({
    '/assets/index-abc123.js': { body: 'console.log(1)', type: 'text/javascript' },
  })

  it('serves a built file from the static assets unchanged', async () => {
    const response = await app.request('/assets/index-abc123.js', {}, env)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers 404, not the SPA page, for a file that is not there', async () => {
    const response = await app.request('/assets/nope.js', {}, env)
    const body = await response.text()

    expect(response.status).toBe(404)
    expect(body).not.toContain('<!doctype html>')
    expect(body).toContain('There is no file /assets/nope.js')
  })
})
