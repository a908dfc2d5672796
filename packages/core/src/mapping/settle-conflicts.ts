import type { EvidenceProfile } from './evidence-profile'
import { BELOW_HIGH, strongSignals, type StrongSignal } from './evidence-score'

/** A candidate being settled: its register position, name, confidence and reasons. */
export type Contender = {
  position: number
  customerName: string
  confidence: number
  reasons: string[]
}

/*
 * A unique tenant or tax id points at its customer whatever else that customer's evidence says.
 * A name held by one register customer points at it only while nothing speaks against it (another
 * country, another tenant, an address elsewhere cap it at or below this): a same-named company in
 * another country does not make the tenant's own customer doubtful.
 */
const NAME_STILL_POINTS = 0.6

/**
 * Makes sure one distributor customer never has two high candidates, and none when its strong
 * signals disagree: the tenant id points at one register customer and the tax id (or the name) at
 * another. `ranked` is every candidate scored, best first; `kept` the ones shown, changed in place.
 */
export function settleConflicts(
  external: EvidenceProfile,
  ranked: ReadonlyArray<{ position: number; confidence: number }>,
  profiles: readonly EvidenceProfile[],
  nameAt: (position: number) => string,
  kept: Contender[],
  isHigh: (confidence: number) => boolean,
): void {
  if (!kept.some((candidate) => isHigh(candidate.confidence))) return
  const pointers: Array<{ position: number; signals: StrongSignal[] }> = []
  for (const { position, confidence } of ranked) {
    const signals = strongSignals(external, profiles[position] as EvidenceProfile).filter(
      (signal) => signal !== 'name' || confidence > NAME_STILL_POINTS,
    )
    if (signals.length > 0) pointers.push({ position, signals })
  }
  if (pointers.length > 1) {
    for (const candidate of kept) {
      if (!isHigh(candidate.confidence)) continue
      candidate.confidence = BELOW_HIGH
      for (const other of pointers) {
        if (other.position === candidate.position) continue
        const what = other.signals.join(' and ')
        candidate.reasons.push(
          `But the ${what} ${other.signals.length > 1 ? 'point' : 'points'} at another register customer, ${nameAt(other.position)}`,
        )
      }
    }
  }
  const highs = kept.filter((candidate) => isHigh(candidate.confidence))
  if (highs.length < 2) return
  for (const candidate of highs) {
    candidate.confidence = BELOW_HIGH
    const others = highs.filter((other) => other !== candidate).map((other) => other.customerName)
    candidate.reasons.push(`Another register customer matches as strongly: ${others.join(', ')}`)
  }
}
