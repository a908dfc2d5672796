import { DistributorErrorKindSchema } from '@seatkeeper/core'
import type * as v from 'valibot'

// The kinds are written once, in core's api/proxy.ts: the edge's proxy answers carry them too.
/**
 * The one error family every adapter throws. `kind` is what the UI and the integrator act on;
 * `message` is written for the person who has to fix it and never contains a secret.
 */
export type DistributorErrorKind = v.InferOutput<typeof DistributorErrorKindSchema>

export type DistributorErrorInit = {
  kind: DistributorErrorKind
  /** Adapter id, e.g. "sherweb". */
  distributor: string
  /** The call in words a developer can find, e.g. "GET /service-provider/v1/customers". */
  call: string
  message: string
  status?: number
  retryAfterMs?: number
  /** For contract errors: the path of the field that did not fit, e.g. "data.customers[3].Reference". */
  field?: string
}

export class DistributorError extends Error {
  readonly kind: DistributorErrorKind
  readonly distributor: string
  readonly call: string
  readonly status?: number
  readonly retryAfterMs?: number
  readonly field?: string

  constructor(init: DistributorErrorInit) {
    super(init.message)
    this.name = 'DistributorError'
    this.kind = init.kind
    this.distributor = init.distributor
    this.call = init.call
    if (init.status !== undefined) this.status = init.status
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs
    if (init.field !== undefined) this.field = init.field
  }

  /** A plain object safe to send to the browser or store as a connection's last error. */
  toJSON() {
    return {
      kind: this.kind,
      distributor: this.distributor,
      call: this.call,
      message: this.message,
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      field: this.field,
    }
  }
}

export function isDistributorError(error: unknown): error is DistributorError {
  return error instanceof DistributorError
}
