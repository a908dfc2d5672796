import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../app'

const local = { ...env, LOCAL_MODE: 'true' }

describe('requests no route matches', () => {
  it('GET /api/unknown answers a JSON 404 naming the method and path', async () => {
    const response = await app.request('http://127.0.0.1/api/unknown', {}, local)

    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({
      error: {
        message: 'There is no GET /api/unknown in the Seatkeeper API. Check the path.',
      },
    })
  })

  it('answers a plain 404 outside /api, where the caller is a browser, not the web app', async () => {
    const response = await app.request('/favicon.ico')

    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await response.text()).toBe('There is no file at /favicon.ico.')
  })

  it('does not treat a path that merely starts with "api" as part of the API', async () => {
    const response = await app.request('/apiary')

    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
  })
})
