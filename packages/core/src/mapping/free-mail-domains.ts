/*
 * Mailbox and ISP domains: two customers whose contact address is at gmail.com or bigpond.com are
 * not the same company, and "gmail.com" is never a customer's own domain. One list for every
 * adapter and for the suggestion scorer.
 *
 * Sources: each provider's own sign-up or help pages for the consumer mail domains it hands out
 * (Google, Microsoft, Yahoo, Apple, AOL, Proton, GMX/WEB.DE, Zoho, Yandex, Mail.ru), and for the
 * ISPs the mail domains each ISP's customer help documents for its residential mail service
 * (Telstra BigPond, Optus, iiNet/TPG, Spark Xtra, BT, Sky, Virgin Media, TalkTalk, Comcast
 * Xfinity, AT&T, Verizon, Charter Spectrum, Cox, Shaw, Rogers, Bell, Videotron, Cogeco, Eastlink,
 * SaskTel, Plusnet, Deutsche Telekom,
 * Vodafone, Orange, SFR, Free, Bouygues, La Poste, KPN, Ziggo, Swisscom Bluewin, Sunrise).
 * Add a domain under its country when a user reports one; keep the list lowercase. A host under
 * one of them ("mail.bigpond.com", "nsw.bigpond.net.au") is a mailbox host too.
 */
const FREE_MAIL_DOMAINS_BY_COUNTRY: Record<string, readonly string[]> = {
  global: [
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'live.com',
    'msn.com',
    'passport.com',
    'yahoo.com',
    'ymail.com',
    'rocketmail.com',
    'icloud.com',
    'me.com',
    'mac.com',
    'aol.com',
    'aim.com',
    'proton.me',
    'protonmail.com',
    'pm.me',
    'zoho.com',
    'zohomail.com',
    'yandex.com',
    'yandex.ru',
    'mail.ru',
    'mail.com',
    'gmx.com',
    'fastmail.com',
    'tutanota.com',
    'hushmail.com',
  ],
  AU: [
    'bigpond.com',
    'bigpond.net.au',
    'telstra.com',
    'optusnet.com.au',
    'iinet.net.au',
    'tpg.com.au',
    'internode.on.net',
    'westnet.com.au',
    'dodo.com.au',
    'outlook.com.au',
    'hotmail.com.au',
    'live.com.au',
    'yahoo.com.au',
  ],
  NZ: [
    'xtra.co.nz',
    'slingshot.co.nz',
    'orcon.net.nz',
    'vodafone.co.nz',
    'clear.net.nz',
    'actrix.co.nz',
    'yahoo.co.nz',
  ],
  UK: [
    'btinternet.com',
    'btopenworld.com',
    'sky.com',
    'virginmedia.com',
    'ntlworld.com',
    'blueyonder.co.uk',
    'talktalk.net',
    'tiscali.co.uk',
    'hotmail.co.uk',
    'live.co.uk',
    'yahoo.co.uk',
    'aol.co.uk',
    'virgin.net',
    'plus.com',
  ],
  US: [
    'comcast.net',
    'xfinity.com',
    'att.net',
    'sbcglobal.net',
    'bellsouth.net',
    'verizon.net',
    'charter.net',
    'spectrum.net',
    'cox.net',
    'earthlink.net',
    'frontier.com',
    'optonline.net',
  ],
  CA: [
    'shaw.ca',
    'rogers.com',
    'sympatico.ca',
    'bell.net',
    'videotron.ca',
    'telus.net',
    'hotmail.ca',
    'live.ca',
    'yahoo.ca',
    'cogeco.ca',
    'eastlink.ca',
    'sasktel.net',
  ],
  DE: [
    't-online.de',
    'gmx.de',
    'gmx.net',
    'web.de',
    'freenet.de',
    'arcor.de',
    'vodafone.de',
    'posteo.de',
    'hotmail.de',
    'yahoo.de',
  ],
  FR: [
    'orange.fr',
    'wanadoo.fr',
    'free.fr',
    'sfr.fr',
    'neuf.fr',
    'laposte.net',
    'bbox.fr',
    'hotmail.fr',
    'live.fr',
    'yahoo.fr',
    'club-internet.fr',
    'aliceadsl.fr',
  ],
  NL: [
    'ziggo.nl',
    'kpnmail.nl',
    'kpnplanet.nl',
    'planet.nl',
    'home.nl',
    'xs4all.nl',
    'hotmail.nl',
    'live.nl',
    'hetnet.nl',
    'chello.nl',
  ],
  CH: ['bluewin.ch', 'sunrise.ch', 'gmx.ch', 'hispeed.ch', 'hotmail.ch'],
}

const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set(
  Object.values(FREE_MAIL_DOMAINS_BY_COUNTRY).flat(),
)

/**
 * Whether a bare, lowercase host is a mailbox provider or ISP ("gmail.com", "bigpond.com"):
 * never a customer's own domain and never mapping evidence.
 */
export function isFreeMailDomain(host: string): boolean {
  if (FREE_MAIL_DOMAINS.has(host)) return true
  // Each parent domain with a dot left in it ("bigpond.com" of "mail.bigpond.com"); a bare "com"
  // is never a mailbox domain, so a two-label host costs no slice at all.
  for (let dot = host.indexOf('.'); ;) {
    const next = host.indexOf('.', dot + 1)
    if (dot === -1 || next === -1) return false
    if (FREE_MAIL_DOMAINS.has(host.slice(dot + 1))) return true
    dot = next
  }
}
