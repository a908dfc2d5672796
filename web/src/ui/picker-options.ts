/** One choice of a searchable picker. */
export type PickerOption = { value: string; label: string; hint?: string }

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/**
 * The options whose label or hint contains every word of the query (case and accents ignored),
 * those starting with the query first, at most `limit` of them.
 */
export function filterPickerOptions(
  options: readonly PickerOption[],
  query: string,
  limit = 50,
): PickerOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return options.slice(0, limit)
  const whole = fold(query.trim())
  const starts: PickerOption[] = []
  const contains: PickerOption[] = []
  for (const option of options) {
    const text = fold(`${option.label} ${option.hint ?? ''}`)
    if (!words.every((word) => text.includes(word))) continue
    ;(fold(option.label).startsWith(whole) ? starts : contains).push(option)
  }
  return [...starts, ...contains].slice(0, limit)
}
