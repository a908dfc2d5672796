import type { ConnectionInput } from './connections-api'
import type { ConnectionView } from './connection-view-schema'
import type { CredentialField } from './distributor-schema'

/** What the connection form holds: the name, and one text value per distributor field key. */
export type ConnectionFormValues = { name: string; values: Record<string, string> }

/** Errors by form key ('name' or a field key), each a sentence saying what to do. */
export type ConnectionFormErrors = Record<string, string>

/**
 * A new form is empty; an edit starts from the saved name and settings. Secrets always start empty:
 * the edge never sends them back, and an empty secret on save keeps the stored one.
 */
export function initialFormValues(
  fields: readonly CredentialField[],
  connection?: ConnectionView,
): ConnectionFormValues {
  const values: Record<string, string> = {}
  for (const field of fields) {
    values[field.key] = field.secret ? '' : (connection?.config[field.key] ?? '')
  }
  return { name: connection?.name ?? '', values }
}

const article = (label: string) => (/^[aeiou]/i.test(label) ? 'an' : 'a')

/** Checks the form the way the edge will, so most mistakes are shown before anything is sent. */
export function validateConnectionForm(
  fields: readonly CredentialField[],
  form: ConnectionFormValues,
  saved?: ConnectionView,
): ConnectionFormErrors {
  const errors: ConnectionFormErrors = {}
  if (form.name.trim() === '')
    errors.name = 'Enter a name for this connection, e.g. the account it is.'
  for (const field of fields) {
    const value = (form.values[field.key] ?? '').trim()
    if (field.options && value !== '' && !field.options.some((option) => option.value === value)) {
      errors[field.key] = `Choose ${field.label} from the list.`
      continue
    }
    if (!field.required || value !== '') continue
    // An empty secret on edit keeps the stored one, so it is only missing if none is stored.
    if (field.secret && saved?.secrets[field.key]) continue
    errors[field.key] = field.options
      ? `Choose ${article(field.label)} ${field.label}.`
      : `Enter the ${field.label}.`
  }
  return errors
}

/**
 * The request body: plain settings trimmed, and only the secrets that were typed in. On edit an
 * emptied optional setting is sent as "" because PATCH merges `config` over the saved one.
 */
export function connectionInputFrom(
  fields: readonly CredentialField[],
  form: ConnectionFormValues,
  editing = false,
): ConnectionInput {
  const input: ConnectionInput = { name: form.name.trim(), config: {}, secrets: {} }
  for (const field of fields) {
    const value = form.values[field.key] ?? ''
    if (field.secret) {
      if (value !== '') input.secrets[field.key] = value
    } else if (value.trim() !== '' || editing) {
      input.config[field.key] = value.trim()
    }
  }
  return input
}

/**
 * The form key an edge error names: `config.region` → `region`, `secrets.apiKey` → `apiKey`,
 * `name` → `name`. Undefined when it names nothing on the form (the error is then shown on top).
 */
export function formKeyOfApiField(
  fields: readonly CredentialField[],
  apiField: string | undefined,
): string | undefined {
  if (apiField === undefined) return undefined
  if (apiField === 'name') return 'name'
  const key = apiField.replace(/^(config|secrets)\./, '')
  return fields.some((field) => field.key === key) ? key : undefined
}

/** How a saved secret is shown: never its value, only whether one is stored. */
export function secretState(connection: ConnectionView, key: string): 'set' | 'not set' {
  return connection.secrets[key] ? 'set' : 'not set'
}

/**
 * True when a choice field (environment, region, marketplace) is set to the local Sandbox, or
 * when the connection has no such choice at all (Autotask: its host is a zone, found from the
 * user name, and the sandbox's zone is one the simulator answers): then the local sandbox's
 * credentials are offered whenever the app has them (local mode only).
 */
export function sandboxChosen(
  fields: readonly CredentialField[],
  form: ConnectionFormValues,
): boolean {
  const choices = fields.filter((field) => field.options)
  return choices.length === 0 || choices.some((field) => form.values[field.key] === 'sandbox')
}

/**
 * The form with the simulator's credentials filled in: every field they name (a choice only when
 * it is one of its options), and a name when none was typed yet.
 */
export function withSandboxCredentials(
  fields: readonly CredentialField[],
  form: ConnectionFormValues,
  sandbox: { config: Record<string, string>; secrets: Record<string, string> },
  label: string,
): ConnectionFormValues {
  const values = { ...form.values }
  for (const field of fields) {
    const value = field.secret ? sandbox.secrets[field.key] : sandbox.config[field.key]
    if (value === undefined) continue
    if (field.options && !field.options.some((option) => option.value === value)) continue
    values[field.key] = value
  }
  return { name: form.name.trim() === '' ? `${label} sandbox` : form.name, values }
}
