import type { DistributorInfo, SandboxCredentials } from '@seatkeeper/core'
import type { UpstreamConnector } from '@seatkeeper/distributors'

/**
 * One adapter's connection form as GET /api/distributors and GET /api/psas answer it
 * (DistributorInfoSchema): the sandbox choice, and the simulator's credentials, only in local mode.
 */
export function connectorInfo(
  adapter: UpstreamConnector,
  local: boolean,
  sandbox: ReadonlyMap<string, SandboxCredentials>,
): DistributorInfo {
  const credentials = sandbox.get(adapter.id)
  return {
    id: adapter.id,
    label: adapter.label,
    fields: adapter.fields.map((field) => ({
      key: field.key,
      label: field.label,
      help: field.help,
      required: field.required,
      secret: field.secret === true,
      ...(field.options
        ? {
            options: field.options
              .filter((o) => local || o.value !== 'sandbox')
              .map((o) => ({ value: o.value, label: o.label })),
          }
        : {}),
    })),
    ...(credentials ? { sandbox: credentials } : {}),
  }
}
