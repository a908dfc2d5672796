import { StringTable } from '../support/string-table'
import type { EvidenceProfile } from './evidence-profile'
import { PositionLists } from './position-lists'
import { TypoIndex } from './typo-index'
import type { WordIds } from './word-ids'

/** Register customers (by position) reachable from the evidence a distributor customer offers. */
export type RegisterIndex = {
  /**
   * Reads a distributor customer's name words against the register's: a word the register does not
   * know, one letter away from one it does, is taken as that word (and listed in typoWordIds).
   */
  readTypos(profile: EvidenceProfile): void
  /** Positions in the order their evidence is listed (tenant, tax id, domain, name, words). */
  candidatesOf(profile: EvidenceProfile): number[]
  /** How much a name word tells companies apart, from how few register names carry it. */
  wordWeight(wordId: number): number
  wordText(wordId: number): string
}

/** One kind of text evidence (tenant id, tax id, domain, name): its keys and their positions. */
class TextKeys {
  private readonly keys = new StringTable(1024)
  private readonly lists = new PositionLists()

  /** Files `position` under `value`; returns the key's number (-1 for no value) for `holders`. */
  file(value: string | undefined, position: number): number {
    if (!value) return -1
    const key = this.keys.add(value)
    this.lists.file(key, position)
    return key
  }

  /** How many register customers carry the key numbered `key`; 0 for -1 (no value). */
  holders(key: number): number {
    return this.lists.count(key)
  }

  forEach(value: string | undefined, visit: (position: number) => void): void {
    if (value) this.lists.forEach(this.keys.find(value), visit)
  }
}

/**
 * Indexes the register once by tenant id, tax id, domain, name and name word, so each distributor
 * customer is compared with a handful of register customers instead of all of them. The address is
 * not a key: it only ever supports other evidence. Words are filed by their number. Indexing also
 * tells each register profile how many others share its tenant id, tax id, domain and name, and
 * weighs each word by how rare it is in the register (inverse document frequency).
 */
export function indexRegister(
  profiles: readonly EvidenceProfile[],
  wordIds: WordIds,
): RegisterIndex {
  const tenantIds = new TextKeys()
  const taxIds = new TextKeys()
  const domains = new TextKeys()
  const names = new TextKeys()
  const words = new PositionLists()
  // Each profile's key numbers, four per profile, to count the holders once all are filed.
  const keys = new Int32Array(profiles.length * 4)
  for (let position = 0; position < profiles.length; position++) {
    const profile = profiles[position] as EvidenceProfile
    keys[position * 4] = tenantIds.file(profile.tenantId, position)
    keys[position * 4 + 1] = taxIds.file(profile.taxId?.key, position)
    keys[position * 4 + 2] = domains.file(profile.domain, position)
    keys[position * 4 + 3] = names.file(profile.nameKey, position)
    for (const word of profile.wordIds) words.file(word, position)
  }
  for (let position = 0; position < profiles.length; position++) {
    const profile = profiles[position] as EvidenceProfile
    profile.tenantHolders = tenantIds.holders(keys[position * 4] as number)
    profile.taxIdHolders = taxIds.holders(keys[position * 4 + 1] as number)
    profile.domainHolders = domains.holders(keys[position * 4 + 2] as number)
    profile.nameHolders = names.holders(keys[position * 4 + 3] as number)
  }

  // ln(1 + N/df): a word on one name in 10,000 weighs ~9.2, "services" on 500 of them ~3.0. A word
  // no register name has weighs the most: it is as distinctive as a word can be.
  const registerWords = wordIds.size
  const weights = new Float64Array(registerWords)
  const rarest = Math.log(1 + profiles.length)
  const typos = new TypoIndex()
  for (let word = 0; word < registerWords; word++) {
    const count = words.count(word)
    weights[word] = count === 0 ? rarest : Math.log(1 + profiles.length / count)
    if (count > 0) typos.file(wordIds.wordAt(word), word)
  }
  const wordAt = (word: number) => wordIds.wordAt(word)

  // A position is a candidate once per distributor customer: `seenFor[position]` holds the number
  // of the last query that took it, instead of a new Set per query.
  const seenFor = new Uint32Array(profiles.length)
  let query = 0
  let found: number[] = []
  const take = (position: number) => {
    if (seenFor[position] === query) return
    seenFor[position] = query
    found.push(position)
  }
  return {
    readTypos(profile) {
      const ids = profile.wordIds
      for (let i = 0; i < ids.length; i++) {
        const word = ids[i] as number
        if (words.count(word) > 0) continue
        const corrected = typos.correct(wordIds.wordAt(word), wordAt)
        if (corrected === undefined || ids.includes(corrected)) continue
        ids[i] = corrected
        profile.typoWordIds = [...profile.typoWordIds, corrected]
      }
    },
    candidatesOf(profile) {
      query++
      found = []
      tenantIds.forEach(profile.tenantId, take)
      taxIds.forEach(profile.taxId?.key, take)
      domains.forEach(profile.domain, take)
      names.forEach(profile.nameKey, take)
      for (const word of profile.wordIds) words.forEach(word, take)
      return found
    },
    wordWeight(word) {
      return word < registerWords ? (weights[word] as number) : rarest
    },
    wordText: wordAt,
  }
}
