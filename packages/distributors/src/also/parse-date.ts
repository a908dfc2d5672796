import * as v from 'valibot'

// Dates come as "2025-06-30T00:00:00" in the fixtures; WCF JSON services also write
// "/Date(1719705600000+0200)/", so both are read [I]. The calendar date is what counts: no time zone shift.
const WCF_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/

/** YYYY-MM-DD from an ALSO date, or undefined when it is not one. */
export function toIsoDate(raw: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(raw.trim())
  if (iso) return iso[1]
  const wcf = WCF_DATE.exec(raw.trim())
  if (!wcf) return undefined
  let ms = Number(wcf[1])
  if (wcf[2]) {
    const sign = wcf[2].startsWith('-') ? -1 : 1
    ms += sign * (Number(wcf[2].slice(1, 3)) * 60 + Number(wcf[2].slice(3, 5))) * 60_000
  }
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10)
}

/** An ALSO date, read as YYYY-MM-DD; anything else is a contract error at this field. */
export const AlsoDateSchema = v.pipe(
  v.string(),
  v.check(
    (raw) => toIsoDate(raw) !== undefined,
    'must be a date (YYYY-MM-DDThh:mm:ss or /Date(ms)/)',
  ),
  v.transform((raw) => toIsoDate(raw) as string),
)
