/**
 * A duration in words: "12 s", "4 min 5 s", "3 min", "1 h 18 min", "2 h" (seconds are dropped past
 * an hour, and a zero part is not said).
 */
export function durationWords(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (seconds < 3600) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`
}
