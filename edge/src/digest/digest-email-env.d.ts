// E-mail is optional: a deployment with Email Routing on its domain adds the `send_email` binding
// and the sender address (wrangler.toml, commented out there). `wrangler types` types only what
// the file declares, so these two are declared by hand, optional. See docs/integrator.md.

interface Env {
  /** Cloudflare's send_email binding for the daily digest. */
  DIGEST_EMAIL?: SendEmail
  /** The digest's From address, on a domain with Email Routing, e.g. "seatkeeper@your-msp.example". */
  DIGEST_EMAIL_FROM?: string
}

declare namespace Cloudflare {
  interface Env {
    DIGEST_EMAIL?: SendEmail
    DIGEST_EMAIL_FROM?: string
  }
}
