const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Whether a request URL names this machine. Local mode trusts only these: a Worker that was
 * deployed with LOCAL_MODE on by mistake still refuses everyone who reaches it by its real name.
 */
export function isLoopbackHost(url: string): boolean {
  return LOOPBACK_HOSTNAMES.has(new URL(url).hostname)
}
