import { PLAN_UPLOAD_TTL_MS, type PlanPartResult, type PlanUpload } from '@seatkeeper/core'
import { AppError } from '../http/app-error'
import { jsonBatches } from './json-batches'
import { newId } from './register-writer'

/**
 * A plan too large for one request, staged a part at a time (docs/api.md "Plans in parts"). Parts
 * are kept as written until the commit reads them back in order and applies them as one plan; an
 * upload expires PLAN_UPLOAD_TTL_MS after it starts, and any start clears the expired ones.
 */
export class PlanUploads {
  constructor(private readonly sql: SqlStorage) {}

  /** A new upload and when it expires. */
  start(now = Date.now()): PlanUpload {
    this.dropExpired(now)
    const uploadId = newId('upl')
    const expiresAt = now + PLAN_UPLOAD_TTL_MS
    this.sql.exec('INSERT INTO plan_uploads (id, expires_at) VALUES (?, ?)', uploadId, expiresAt)
    return { uploadId, expiresAt: new Date(expiresAt).toISOString() }
  }

  /** Keeps part `part`'s operations; the same part sent again replaces it, so it never doubles. */
  putPart(uploadId: string, part: number, operations: unknown[], now = Date.now()): PlanPartResult {
    this.requireOpen(uploadId, now)
    this.dropPart(uploadId, part)
    const chunks = jsonBatches(operations.map((operation) => JSON.stringify(operation)))
    chunks.forEach((json, chunk) =>
      this.sql.exec(
        'INSERT INTO plan_upload_chunks (upload_id, part, chunk, json) VALUES (?, ?, ?, ?)',
        uploadId,
        part,
        chunk,
        json,
      ),
    )
    this.sql.exec(
      'INSERT INTO plan_upload_parts (upload_id, part, operations) VALUES (?, ?, ?)',
      uploadId,
      part,
      operations.length,
    )
    return { part, operations: operations.length }
  }

  /**
   * The operations of parts 0 to `parts` − 1, in order. Throws AppError when the upload is unknown
   * or expired ('not-found') or a part never arrived ('invalid', field `parts`).
   */
  operations(uploadId: string, parts: number, now = Date.now()): unknown[] {
    this.requireOpen(uploadId, now)
    const have = new Set(
      this.sql
        .exec<{ part: number }>('SELECT part FROM plan_upload_parts WHERE upload_id = ?', uploadId)
        .toArray()
        .map((row) => row.part),
    )
    const missing = Array.from({ length: parts }, (_, n) => n).filter((n) => !have.has(n))
    if (missing.length > 0) {
      throw new AppError(
        'invalid',
        `Part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${parts} never arrived. Send ${missing.length > 1 ? 'them' : 'it'} again, then commit.`,
        { field: 'parts' },
      )
    }
    const extra = [...have].filter((n) => n >= parts)
    if (extra.length > 0) {
      throw new AppError(
        'invalid',
        `The upload has ${have.size} parts but the commit says ${parts}. Commit with parts: ${have.size}.`,
        { field: 'parts' },
      )
    }
    const operations: unknown[] = []
    for (const row of this.sql.exec<{ json: string }>(
      'SELECT json FROM plan_upload_chunks WHERE upload_id = ? ORDER BY part, chunk',
      uploadId,
    )) {
      for (const operation of JSON.parse(row.json) as unknown[]) operations.push(operation)
    }
    return operations
  }

  /** Forgets the upload and its parts; call inside the commit's transaction. */
  drop(uploadId: string): void {
    this.sql.exec('DELETE FROM plan_upload_chunks WHERE upload_id = ?', uploadId)
    this.sql.exec('DELETE FROM plan_upload_parts WHERE upload_id = ?', uploadId)
    this.sql.exec('DELETE FROM plan_uploads WHERE id = ?', uploadId)
  }

  private requireOpen(uploadId: string, now: number): void {
    const row = this.sql
      .exec<{ expires_at: number }>('SELECT expires_at FROM plan_uploads WHERE id = ?', uploadId)
      .toArray()[0]
    if (!row || row.expires_at <= now) {
      throw new AppError(
        'not-found',
        'This plan upload is no longer open (an upload expires an hour after it starts, and a committed one is gone). Apply the plan again.',
      )
    }
  }

  private dropPart(uploadId: string, part: number): void {
    this.sql.exec('DELETE FROM plan_upload_chunks WHERE upload_id = ? AND part = ?', uploadId, part)
    this.sql.exec('DELETE FROM plan_upload_parts WHERE upload_id = ? AND part = ?', uploadId, part)
  }

  private dropExpired(now: number): void {
    for (const { id } of this.sql
      .exec<{ id: string }>('SELECT id FROM plan_uploads WHERE expires_at <= ?', now)
      .toArray())
      this.drop(id)
  }
}
