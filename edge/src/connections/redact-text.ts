// Shorter values (a region code, a "1") would blank out ordinary words; real secrets are longer.
const MIN_SECRET_LENGTH = 6

/**
 * Blanks out every saved secret (as is and URL-encoded) in a text bound for a response or a log.
 * Messages are built without secrets; this is the last check in case a distributor echoed one.
 */
export function redactText(text: string, secrets: Readonly<Record<string, string>>): string {
  let out = text
  for (const secret of Object.values(secrets)) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      if (form.length >= MIN_SECRET_LENGTH) out = out.split(form).join('[redacted]')
    }
  }
  return out
}
