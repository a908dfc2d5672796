import type { OpenedConnection } from '../vault'

type OpenedPsa = Extract<OpenedConnection, { kind: 'psa' }>

/** Whether the PSA's rows carry no currency, so its connection has a `currency` field (Autotask). */
const needsCurrency = (opened: OpenedPsa) => opened.adapter.fields.some((f) => f.key === 'currency')

/**
 * The connection's billing currency, for lines whose PSA says none on the line or its company
 * (Autotask's contract services carry none, billing-apis.md §3): used by the import and the daily
 * refresh. Undefined when the connection has none.
 */
export function connectionCurrency(opened: OpenedPsa): string | undefined {
  const currency = opened.credentials.config.currency?.trim().toUpperCase()
  return currency || undefined
}

/** What Test Configuration and the import say when the PSA needs a billing currency and none is set. */
export function missingCurrency(opened: OpenedPsa): string | undefined {
  if (!needsCurrency(opened) || connectionCurrency(opened)) return undefined
  return `No billing currency is set: ${opened.adapter.label}'s contract services carry none, so their lines cannot be imported until you set the connection's Billing currency (for example AUD).`
}
