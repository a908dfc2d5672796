import { describe, expect, it } from 'vitest'
import { noOfflineCopy } from './api-error'

describe('noOfflineCopy', () => {
  it('says what is missing and what to do, without the API path or its ids', () => {
    const error = noOfflineCopy('this connection', '/api/connections/0f8e5b2a-1c1d-4c7e-9a57-2d6f')
    expect(error.message).toBe(
      "You are offline and this browser keeps no copy of this connection (it was never saved here, or the browser's storage was cleared). Reconnect to the network to load it.",
    )
    expect(error.unreachable).toBe(true)
    expect(error.body).toEqual({ path: '/api/connections/0f8e5b2a-1c1d-4c7e-9a57-2d6f' })
  })
})
