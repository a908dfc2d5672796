/** What an ALSO WCF fault says, read from its XML. */
export type AlsoFault = {
  /** "Sender" (the request was wrong) or "Receiver" (ALSO failed), when given. */
  code?: string
  /** The human message: ServiceException/Message, else Reason/Text. */
  message?: string
  sessionExpired: boolean
}

// ALSO answers errors as XML WCF faults, not JSON [C] (go wrapper alsocloud/sampleError.xml,
// errors.go; PSGallery "All returned errors are xml"). Workers have no DOMParser, and a fault is
// a handful of flat elements, so they are read by local name whatever namespace prefix is used.
function element(xml: string, name: string): string | undefined {
  const match = new RegExp(
    `<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>`,
  ).exec(xml)
  return match?.[1]
}

function decodeText(raw: string): string {
  return raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

function text(xml: string, name: string): string | undefined {
  const raw = element(xml, name)
  if (raw === undefined) return undefined
  const decoded = decodeText(raw)
  return decoded === '' ? undefined : decoded
}

/** Reads an ALSO fault body; undefined when the text is not one (JSON, HTML, empty). */
export function parseAlsoFault(body: string): AlsoFault | undefined {
  if (!/<(?:[\w.-]+:)?Fault\b/.test(body)) return undefined
  const reason = element(body, 'Reason')
  const message = text(body, 'Message') ?? (reason !== undefined ? text(reason, 'Text') : undefined)
  const flag = text(body, 'IsSessionExpired')
  // The flag is the documented signal [C]; when a fault lacks it, its wording is the only clue
  // left that the session is the problem [I] (the sample says "Session is expired or invalid.").
  const sessionExpired =
    flag !== undefined
      ? flag.toLowerCase() === 'true'
      : /\bsession\b[^.]*\b(expired|invalid)\b/i.test(message ?? '')
  const code = text(body, 'Value')
  return {
    ...(code !== undefined ? { code } : {}),
    ...(message !== undefined ? { message: message.slice(0, 300) } : {}),
    sessionExpired,
  }
}
