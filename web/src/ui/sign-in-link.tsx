/**
 * Signs in through Cloudflare Access in a new tab: Access renews the session cookie for this
 * origin, and this tab keeps everything typed into its forms (a reload would lose them).
 */
export function SignInLink() {
  return (
    <a class="button" href={window.location.href} target="_blank" rel="noopener">
      Sign in again (new tab)
    </a>
  )
}
