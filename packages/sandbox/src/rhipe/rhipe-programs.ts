import type { WorldSubscription } from '../world/generate-world'

/**
 * The partner's contract agreements, one per program, as PRISM structures them (docs/distributors.md
 * §4 glossary: Program, Contract Agreement, Tenant, Subscription). Ids follow the fixtures (880001).
 */
export const RHIPE_PROGRAMS = {
  csp: {
    ContractAgreementId: 880001,
    ProgramId: 7,
    ProgramName: 'Microsoft CSP',
    IsConsumptionProgram: false,
  },
  azure: {
    ContractAgreementId: 880002,
    ProgramId: 12,
    ProgramName: 'Microsoft Azure',
    IsConsumptionProgram: true,
  },
  acronis: {
    ContractAgreementId: 880003,
    ProgramId: 31,
    ProgramName: 'Acronis Cyber Protect',
    IsConsumptionProgram: false,
  },
} as const
export type RhipeProgramKey = keyof typeof RHIPE_PROGRAMS
export const RHIPE_PROGRAM_KEYS = Object.keys(RHIPE_PROGRAMS) as RhipeProgramKey[]

/** Which program a world subscription is sold under: Azure plans and Acronis have their own. */
export function programOf(subscription: WorldSubscription): RhipeProgramKey {
  if (subscription.sku.startsWith('DZH318Z0')) return 'azure'
  if (subscription.sku.startsWith('ACR-')) return 'acronis'
  return 'csp'
}

/** PRISM customer ids are plain integers (fixtures: 310001). */
export function rhipeCustomerId(seq: number): number {
  return 310_000 + seq
}

/** A GUID-shaped id derived from text (FNV-1a), so the same world gives the same ids. */
export function stableGuid(text: string): string {
  let hex = ''
  let round = 0
  while (hex.length < 32) {
    let hash = 0x811c9dc5 ^ round++
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    hex += hash.toString(16).padStart(8, '0')
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
