import { StringTable } from '../support/string-table'
import { comparableWord } from './normalize-name'

/**
 * Small numbers for the name words of one suggestion run. Profiles carry their words as these, so
 * scoring a pair counts shared words by comparing numbers instead of building two sets per pair
 * (two sets and a spread array for each of the ~100k pairs a 10k register scores).
 */
export class WordIds {
  private readonly words = new StringTable(1024)
  // For each word's number, the number of the form it is compared on ("mt" → "mount"): each
  // distinct word is read through the name tables once, not once per name that carries it.
  private comparable = new Int32Array(1024)

  /** The number of the form a written word is compared on: "mt" and "mount" get one number. */
  comparableIdOf(written: string): number {
    const known = this.words.size
    const id = this.words.add(written)
    if (id < known) return this.comparable[id] as number
    const form = comparableWord(written)
    const formId = form === written ? id : this.words.add(form)
    this.note(id, formId)
    // A form met for the first time is its own form (the tables' long forms are not abbreviations).
    if (formId >= known && formId !== id) this.note(formId, formId)
    return formId
  }

  /** The word numbered `id`. */
  wordAt(id: number): string {
    return this.words.keyAt(id)
  }

  /** One more than the largest id handed out. */
  get size(): number {
    return this.words.size
  }

  private note(id: number, formId: number): void {
    if (id >= this.comparable.length) {
      const grown = new Int32Array(Math.max(this.comparable.length * 2, id + 1))
      grown.set(this.comparable)
      this.comparable = grown
    }
    this.comparable[id] = formId
  }
}
