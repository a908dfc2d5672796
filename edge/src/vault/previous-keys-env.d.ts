// `wrangler types` lists only the secrets every deployment must set. The previous credential keys
// exist only during (and after) a rotation, so this optional secret is declared by hand here.
// See docs/credentials.md "Credential key rotation".

interface Env {
  /** JSON {"<keyId>": "<base64 of 32 bytes>"}: keys that still open records written before a rotation. */
  CREDENTIALS_PREVIOUS_KEYS?: string
}

declare namespace Cloudflare {
  interface Env {
    CREDENTIALS_PREVIOUS_KEYS?: string
  }
}
