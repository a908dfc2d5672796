import type { ConnectionCredentials, RuntimeEnv, UpstreamConnector } from '@seatkeeper/distributors'
import { AppError } from '../http/app-error'

export type CredentialsInput = {
  config: Readonly<Record<string, string>>
  secrets: Readonly<Record<string, string>>
}

export type CheckOptions = {
  runtime: RuntimeEnv
  /** On update: the saved secrets, kept for every secret sent empty or not at all. */
  saved?: Readonly<Record<string, string>>
}

/**
 * The credentials checked against the adapter's form: known fields only, each in its own half
 * (a secret sent as config would be stored in clear), required ones present, choices among the
 * options, the sandbox only where it exists, and hosts that resolve (once every discovered field is
 * known). Throws an 'invalid' AppError naming the field.
 * Messages name fields, never values.
 */
export function checkCredentials(
  adapter: UpstreamConnector,
  input: CredentialsInput,
  options: CheckOptions,
): ConnectionCredentials {
  const byKey = new Map(adapter.fields.map((field) => [field.key, field]))
  for (const key of Object.keys(input.config)) {
    const field = byKey.get(key)
    if (!field) throw invalid(`config.${key}`, `${adapter.label} has no field "${key}".`)
    if (field.secret)
      throw invalid(`config.${key}`, `${field.label} is a secret: send it in secrets, not config.`)
  }
  for (const key of Object.keys(input.secrets)) {
    const field = byKey.get(key)
    if (!field) throw invalid(`secrets.${key}`, `${adapter.label} has no field "${key}".`)
    if (!field.secret)
      throw invalid(`secrets.${key}`, `${field.label} is not a secret: send it in config.`)
  }

  const config: Record<string, string> = {}
  const secrets: Record<string, string> = {}
  for (const field of adapter.fields) {
    const path = `${field.secret ? 'secrets' : 'config'}.${field.key}`
    // Pasted values often carry a newline or spaces; no distributor's value starts or ends with one.
    const sent = (field.secret ? input.secrets[field.key] : input.config[field.key])?.trim() ?? ''
    const value = sent === '' && field.secret ? (options.saved?.[field.key] ?? '') : sent
    if (value === '') {
      if (field.required) throw invalid(path, `${field.label} is required for ${adapter.label}.`)
      continue
    }
    if (field.options) {
      if (value === 'sandbox' && !options.runtime.sandboxOrigin) {
        throw invalid(
          path,
          `The sandbox ${field.label.toLowerCase()} exists only when Seatkeeper runs locally; choose another.`,
        )
      }
      if (!field.options.some((option) => option.value === value)) {
        const choices = field.options.filter(
          (o) => o.value !== 'sandbox' || options.runtime.sandboxOrigin,
        )
        throw invalid(
          path,
          `${field.label} must be one of: ${choices.map((o) => o.label).join(', ')}.`,
        )
      }
    }
    if (field.format && !new RegExp(`^(?:${field.format.pattern})$`).test(value)) {
      // The label and the hint, never the value: a pasted secret must not come back.
      throw invalid(path, `${field.label} ${field.format.hint}.`)
    }
    if (field.secret) secrets[field.key] = value
    else config[field.key] = value
  }

  // A setting Test Configuration finds (Autotask's zone) may be blank until then; the hosts are
  // checked once it is found.
  const undiscovered = adapter.fields.some((field) => field.discovered && !config[field.key])
  try {
    if (!undiscovered) adapter.endpoints(config, options.runtime)
  } catch (error) {
    const choice = adapter.fields.find((field) => field.options && !field.secret)
    throw invalid(
      choice ? `config.${choice.key}` : undefined,
      error instanceof Error
        ? error.message
        : `${adapter.label} cannot be reached with these settings.`,
    )
  }
  return { config, secrets }
}

function invalid(field: string | undefined, message: string): AppError {
  return new AppError('invalid', message, field === undefined ? {} : { field })
}
