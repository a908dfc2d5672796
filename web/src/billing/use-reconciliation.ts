import {
  reconcile,
  reconcileInSlices,
  type Finding,
  type Reconciliation,
  type Register,
} from '@seatkeeper/core'
import { queryOptions, useQuery } from '@tanstack/solid-query'
import { createEffect, createMemo, createSignal, onCleanup } from 'solid-js'
import { formatMoney } from '../layout/format-money'
import { loadFreshRegister } from '../register/register-access'
import { getBillingSettings } from './billing-api'
import { yieldToPage } from '../ui/next-task'
import { approvalOf } from './reconciliation-model'

/** The last reconciliation, and whether a newer one is under way. */
export type Reconciled = {
  result?: Reconciliation
  error?: unknown
  working: boolean
}

/** GET /api/billing/settings as one query: the margin floor, auto-accept and renewal lead times. */
export const billingSettingsQuery = () =>
  queryOptions({
    queryKey: ['billing-settings'] as const,
    queryFn: ({ signal }) => getBillingSettings(signal),
    staleTime: 60_000,
  })

/** The margin floor setting, and whether it has been read (or cannot be: offline). */
export type MarginFloor = { value: () => number | undefined; settled: () => boolean }

/**
 * The margin floor reconciliation judges with: a setting kept at the edge; offline (or when it
 * cannot be read) no floor. Reconciling before it answers would reconcile (and draw) twice.
 */
export function useMarginFloor(): MarginFloor {
  const settings = useQuery(() => billingSettingsQuery())
  return {
    value: () => settings.data?.marginFloor,
    // Offline the query is paused, not failed: go on without a floor rather than wait for it.
    settled: () => !settings.isPending || settings.fetchStatus === 'paused',
  }
}

/** A reconciliation a newer one took the place of: it stops between slices. */
class Superseded extends Error {}

/** The mark each reconciliation on the page leaves (performance.getEntriesByName). */
export const RECONCILE_MARK = 'seatkeeper:reconcile'
export type ReconcileMarkDetail = { ms: number; findings: number }

/**
 * reconcile on the page, not in the core worker (docs/web.md "Reconciliation"): the register is
 * already here, and copying it to a worker (a structured clone of 100,000 subscriptions) and the
 * findings back with all their words took ~20× the reconcile itself. On the page a finding's words
 * are built only when its row is shown.
 */
export function reconcileHere(register: Register, marginFloor: number | undefined): Reconciliation {
  const started = performance.now()
  // The reasons write money as the amount column does (one formatter for the UI).
  const result = reconcile(register, settingsOf(marginFloor), { money: formatMoney })
  mark(started, result)
  return result
}

/**
 * reconcileHere a slice at a time (core reconcileInSlices), the main thread given back between
 * slices, so a 100,000-subscription register is never one long task; `pause` may reject to stop.
 */
export async function reconcileInTasks(
  register: Register,
  marginFloor: number | undefined,
  pause: () => Promise<void>,
): Promise<Reconciliation> {
  const started = performance.now()
  const result = await reconcileInSlices(
    register,
    settingsOf(marginFloor),
    { money: formatMoney },
    pause,
  )
  mark(started, result)
  return result
}

const settingsOf = (marginFloor: number | undefined) =>
  marginFloor === undefined ? {} : { marginFloor }

function mark(started: number, result: Reconciliation) {
  const detail: ReconcileMarkDetail = {
    ms: performance.now() - started,
    findings: result.findings.length,
  }
  performance.mark(RECONCILE_MARK, { detail })
}

/**
 * Reconciles whenever the register or the settings change (once the margin floor is read), after
 * the page has shown it is working.
 */
export function useReconciliation(register: () => Register | undefined, marginFloor: MarginFloor) {
  const [state, setState] = createSignal<Reconciled>({ working: true })
  // The same register again (a refresh that found nothing new answers a new copy of it) neither
  // stops a reconciliation under way nor starts another.
  const current = createMemo(register)
  createEffect(() => {
    const data = current()
    const floor = marginFloor.value()
    if (!data || !marginFloor.settled()) return
    setState((previous) => ({ ...previous, working: true }))
    // In tasks of a slice each, so "Reconciling the register…" is painted first and no task holds
    // reconcile (150–360 ms at 100,000 subscriptions in one go) or it and the drawing (issue 21's
    // long-task limit is 200 ms). A newer register or setting stops this one between slices.
    let stopped = false
    const pause = () =>
      yieldToPage().then(() => {
        if (stopped) throw new Superseded()
      })
    onCleanup(() => (stopped = true))
    void (async () => {
      let next: Reconciled
      try {
        await pause()
        next = { result: await reconcileInTasks(data, floor, pause), working: false }
      } catch (error) {
        if (error instanceof Superseded) return
        next = { error, working: false }
      }
      // The findings are drawn in a task of their own.
      if (
        await pause().then(
          () => false,
          () => true,
        )
      )
        return
      setState(next)
    })()
  })
  return state
}

/** The approval of `findings` on the register as the edge has it now, reconciled again. */
export async function freshApproval(findings: Finding[], marginFloor: number | undefined) {
  const register = await loadFreshRegister()
  const { findings: current } = reconcileHere(register, marginFloor)
  const ids = new Set(findings.map((finding) => finding.id))
  return { ...approvalOf(current, ids, register.version), register }
}
