import { StringTable } from '../support/string-table'
import { PositionLists } from './position-lists'

/*
 * Only long words are read through a typo: "Summitt" is Summit, but "Brand" and "Brandt", or
 * "Bell" and "Ball", are different names as often as not.
 */
export const TYPO_MIN_LENGTH = 7

/** Whether two words are one insertion, deletion, substitution or swap of neighbours apart. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const restA = endA - start
  const restB = endB - start
  if (restA <= 1 && restB <= 1) return true
  // A swap of neighbours: "ab" against "ba".
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start]
}

/**
 * The register's long words by their one-letter deletions (the "symmetric delete" way): two words
 * one edit apart share a deletion, so a misspelt word finds its register word by looking up its own
 * deletions instead of being compared with every word of the register.
 */
export class TypoIndex {
  private readonly deletions = new StringTable(1024)
  private readonly lists = new PositionLists()

  /** Files a register word under itself and each of its one-letter deletions. */
  file(word: string, wordId: number): void {
    if (word.length < TYPO_MIN_LENGTH) return
    this.lists.file(this.deletions.add(word), wordId)
    for (let i = 0; i < word.length; i++) {
      this.lists.file(this.deletions.add(word.slice(0, i) + word.slice(i + 1)), wordId)
    }
  }

  /**
   * The one register word `word` is a typo of; undefined when none is, or when two are (then the
   * typo could be of either, and is no evidence).
   */
  correct(word: string, wordAt: (wordId: number) => string): number | undefined {
    if (word.length < TYPO_MIN_LENGTH - 1) return undefined
    let found: number | undefined
    let ambiguous = false
    const visit = (wordId: number) => {
      if (found === wordId || !isOneEditApart(word, wordAt(wordId))) return
      if (found === undefined) found = wordId
      else ambiguous = true
    }
    this.lists.forEach(this.deletions.find(word), visit)
    for (let i = 0; i < word.length; i++) {
      this.lists.forEach(this.deletions.find(word.slice(0, i) + word.slice(i + 1)), visit)
    }
    return ambiguous ? undefined : found
  }
}
