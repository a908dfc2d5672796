import { DIGEST_SENDS_KEPT, DigestSendSchema, type DigestSend } from '@seatkeeper/core'
import * as v from 'valibot'

const KEY = 'digest-sends'

/**
 * The daily digest's last attempts (docs/integrator.md "The daily digest"), newest first, kept by
 * the register Durable Object: it runs one call at a time, so the 06:00 cron and a test message
 * sent in the same second both land, which a read-modify-write of a KV key could not promise.
 * Nothing secret is kept: a webhook is its service and host, never its URL.
 */
export class DigestSendStore {
  constructor(private readonly storage: DurableObjectStorage) {}

  /** Adds `send` as the newest attempt and drops those past DIGEST_SENDS_KEPT. */
  async record(send: DigestSend): Promise<void> {
    const kept = [send, ...(await this.list())].slice(0, DIGEST_SENDS_KEPT)
    await this.storage.put(KEY, kept)
  }

  /** The kept attempts, newest first; none when the stored list does not fit the schema. */
  async list(): Promise<DigestSend[]> {
    const parsed = v.safeParse(v.array(DigestSendSchema), (await this.storage.get(KEY)) ?? [])
    if (parsed.success) return parsed.output
    console.warn('The stored digest attempts do not fit their schema; they are read as none.')
    return []
  }
}
