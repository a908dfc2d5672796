/** An ISO time in the reader's locale, e.g. "21 Nov 2026, 04:00"; the raw text if it is not a time. */
export function formatWhen(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
