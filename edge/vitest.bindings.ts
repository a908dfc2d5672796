/**
 * The Worker's secrets and vars in every workerd test project (runtime tests, the Workflows
 * project, the benches): a fixed credential key so failures reproduce, then each project's own
 * mode. The rest of the bindings (KV, the register, the workflow, the queue) come from wrangler.toml.
 */
export function workerBindings(mode: {
  localMode: boolean
  sandboxOrigin: string
  access?: { teamDomain: string; aud: string }
  keyId?: string
  extra?: Record<string, string>
}): Record<string, string> {
  return {
    // 32 bytes of 0x01..0x20, base64.
    CREDENTIALS_KEY: 'AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=',
    CREDENTIALS_KEY_ID: mode.keyId ?? 'test-1',
    LOCAL_MODE: mode.localMode ? 'true' : 'false',
    SANDBOX_ORIGIN: mode.sandboxOrigin,
    ACCESS_TEAM_DOMAIN: mode.access?.teamDomain ?? '',
    ACCESS_AUD: mode.access?.aud ?? '',
    ...mode.extra,
  }
}
