import type { Finding, Reconciliation, Register } from '@seatkeeper/core'
import { useQuery } from '@tanstack/solid-query'
import { createEffect, createSignal, onCleanup } from 'solid-js'
import { loadFreshRegister } from '../register/register-access'
import { runCoreJob } from '../workers/run-core-job'
import { getBillingSettings } from './billing-api'
import { approvalOf } from './reconciliation-model'

/** The last reconciliation, and whether a newer one is under way. */
export type Reconciled = {
  result?: Reconciliation
  error?: unknown
  working: boolean
}

/**
 * The margin floor reconciliation judges with: a setting kept at the edge; offline (or before it
 * answers) no floor.
 */
export function useMarginFloor() {
  const settings = useQuery(() => ({
    queryKey: ['billing-settings'] as const,
    queryFn: ({ signal }) => getBillingSettings(signal),
    staleTime: 60_000,
  }))
  return () => settings.data?.marginFloor
}

/** Runs reconcile in the core worker whenever the register or the settings change. */
export function useReconciliation(
  register: () => Register | undefined,
  marginFloor: () => number | undefined,
) {
  const [state, setState] = createSignal<Reconciled>({ working: true })
  createEffect(() => {
    const data = register()
    const floor = marginFloor()
    if (!data) return
    let current = true
    onCleanup(() => (current = false))
    setState((previous) => ({ ...previous, working: true }))
    runCoreJob('reconcile', data, floor === undefined ? {} : { marginFloor: floor }).then(
      (result) => current && setState({ result, working: false }),
      (error: unknown) => current && setState({ error, working: false }),
    )
  })
  return state
}

/** The approval of `findings` on the register as the edge has it now, reconciled in the worker. */
export async function freshApproval(findings: Finding[], marginFloor: number | undefined) {
  const register = await loadFreshRegister()
  const { findings: current } = await runCoreJob(
    'reconcile',
    register,
    marginFloor === undefined ? {} : { marginFloor },
  )
  const ids = new Set(findings.map((finding) => finding.id))
  return { ...approvalOf(current, ids, register.version), register }
}
