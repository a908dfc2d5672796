import * as v from 'valibot'

/** GET /api/health: liveness only, answered without touching KV, the register or a distributor. */
export const HealthSchema = v.object({ ok: v.literal(true), service: v.string() })
export type Health = v.InferOutput<typeof HealthSchema>
