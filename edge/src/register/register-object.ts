import { DurableObject } from 'cloudflare:workers'

/**
 * The register: one SQLite-backed Durable Object (DESIGN.md §3.3). Filled in by the register work.
 */
export class RegisterObject extends DurableObject<Env> {}
