import type {
  Finding,
  NotBillableReason,
  Plan,
  PlanResult,
  Register,
  Subscription,
} from '@seatkeeper/core'
import { useMutation, useQueryClient } from '@tanstack/solid-query'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { isOnline } from '../network/connectivity'
import { planPreviewModel } from '../plan-preview/plan-preview-model'
import { PlanPreview } from '../plan-preview/plan-preview'
import { RunResult } from '../plan-preview/run-result'
import { applyPlan, isRegisterChanged } from '../register/register-access'
import { runKeys } from '../register/run-keys'
import { refreshRegister } from '../register/submit-plan'
import { Dialog } from '../ui/dialog'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { applyPsaChange, dismissFinding, markNotBillable, previewPsaChange } from './billing-api'
import { NOT_BILLABLE_LABELS } from './customer-billing'
import { NotBillableDialog } from './not-billable-dialog'
import { psaLabel, splitApproval } from './psa-approval'
import {
  PsaChangeOutcome,
  PsaChangePreview,
  psaSendable,
  type PsaOutcome,
  type PsaPreviewed,
} from './psa-change-preview'
import { freshApproval } from './use-reconciliation'

/** The register's part of an approval, and the changes that go to a PSA (each previewed). */
type Approval = { plan: Plan; register: Register; missing: number; psa: PsaPreviewed[] }
type Approved = { planResult?: PlanResult; psa: PsaOutcome[] }

const PRICE_NOT_WRITTEN =
  'Seatkeeper writes back quantities and whether a line bills, not prices, so the price is left as it is'

/**
 * Prepares an approval: the plan on the register as it is now, its changes to PSA-owned lines
 * taken out and previewed by the edge (the exact calls each PSA would get).
 */
async function prepareApproval(findings: Finding[], marginFloor: number | undefined) {
  const fresh = await freshApproval(findings, marginFloor)
  const { plan, psaChanges } = splitApproval(fresh.plan, fresh.register)
  const psa: PsaPreviewed[] = []
  for (const change of psaChanges) {
    // A price fix (below cost, under the margin floor) is not a write-back any PSA adapter makes.
    const preview =
      change.body.quantity === undefined && change.body.inactive === undefined
        ? { ok: false as const, psa: psaLabel(change.psa), reason: PRICE_NOT_WRITTEN }
        : await previewPsaChange(change.lineId, change.body)
    psa.push({ change, preview })
  }
  return { ...fresh, plan, psa }
}

/**
 * Applies an approval: the register's plan first (its base version is the one it was made on),
 * then each PSA change through the edge. A PSA refusal is that change's outcome, not a failure of
 * the others.
 */
async function applyApproval(approval: Approval): Promise<Approved> {
  const planResult =
    approval.plan.operations.length > 0 ? await applyPlan(approval.plan) : undefined
  const psa: PsaOutcome[] = []
  for (const item of approval.psa.filter(psaSendable)) {
    const label = item.preview.psa
    try {
      psa.push({
        change: item.change,
        label,
        ok: true,
        result: await applyPsaChange(item.change.lineId, item.change.body),
      })
    } catch (error) {
      psa.push({ change: item.change, label, ok: false, error })
    }
  }
  return planResult ? { planResult, psa } : { psa }
}

type DecisionOptions = {
  marginFloor: () => number | undefined
  /** After an approval was applied. */
  onApproved?: () => void
  /** After findings were dismissed, with how many. */
  onDismissed?: (count: number) => void
  /** After a subscription was marked not billable: what to say, and the run it made. */
  onMarkedNotBillable?: (done: string, runId: string | undefined) => void
}

/**
 * Approving and dismissing findings, as the Reconciliation page and a customer's Billing tab both
 * do: approve previews the plan made on the register as the edge has it now, then applies exactly
 * that plan (a run, undoable); dismiss asks why; a "not billed" finding's other resolution, mark
 * its subscription not billable, asks why too (a run, undoable). Render `FindingDecisionDialogs`
 * with the result.
 */
export function useFindingDecisions(options: DecisionOptions) {
  const client = useQueryClient()
  const [asking, setAsking] = createSignal(false)
  const [previewing, setPreviewing] = createSignal<Approval>()
  const [dismissing, setDismissing] = createSignal<Finding[]>()
  const [marking, setMarking] = createSignal<Subscription>()

  // The preview is made from the register as the edge has it now (the copy shown may be older):
  // reconciled again there, the chosen findings that are still the same are what is approved.
  const prepare = useMutation(() => ({
    mutationFn: (findings: Finding[]) => prepareApproval(findings, options.marginFloor()),
    onSuccess: (approval: Approval) => setPreviewing(approval),
  }))
  const approve = useMutation(() => ({
    mutationFn: applyApproval,
    // A PSA change is recorded by the edge, so the register shown is read again.
    onSettled: (done?: Approved) => (done?.psa.length ? afterWrite() : undefined),
    onSuccess: () => options.onApproved?.(),
  }))
  const dismiss = useMutation(() => ({
    mutationFn: async ({ findings, reason }: { findings: Finding[]; reason: string }) => {
      for (const finding of findings)
        await dismissFinding(finding.id, reason, `dismiss-${finding.id}`)
      return findings.length
    },
    onSettled: () => afterWrite(),
    onSuccess: (count: number) => {
      setDismissing(undefined)
      options.onDismissed?.(count)
    },
  }))

  const markNot = useMutation(() => ({
    mutationFn: async (mark: {
      subscription: Subscription
      reason: NotBillableReason
      note?: string
    }) =>
      markNotBillable(
        mark.subscription.id,
        mark.note ? { reason: mark.reason, note: mark.note } : { reason: mark.reason },
      ),
    onSettled: () => afterWrite(),
    onSuccess: (run, mark) => {
      setMarking(undefined)
      options.onMarkedNotBillable?.(
        `${mark.subscription.name} is marked not billable (${NOT_BILLABLE_LABELS[mark.reason].toLowerCase()}).`,
        run.runId ?? undefined,
      )
    },
  }))

  async function afterWrite() {
    await refreshRegister(client).catch(() => undefined)
    void client.invalidateQueries({ queryKey: runKeys.all })
  }

  return {
    /** Opens the approval preview of `findings`. */
    preview(findings: Finding[]) {
      approve.reset()
      setPreviewing(undefined)
      setAsking(true)
      prepare.mutate(findings)
    },
    /** Opens the dialog asking why `findings` are left as they are. */
    askDismiss: (findings: Finding[]) => setDismissing(findings),
    /** Opens the dialog asking why `subscription` is not billed. */
    askNotBillable(subscription: Subscription) {
      markNot.reset()
      setMarking(subscription)
    },
    marking,
    markNot,
    asking,
    previewing,
    dismissing,
    prepare,
    approve,
    dismiss,
    closePreview() {
      setAsking(false)
      setPreviewing(undefined)
    },
    closeDismiss() {
      dismiss.reset()
      setDismissing(undefined)
    },
    closeNotBillable: () => setMarking(undefined),
  }
}

export type FindingDecisions = ReturnType<typeof useFindingDecisions>

/** The approval preview and the dismiss dialog of `useFindingDecisions`. */
export function FindingDecisionDialogs(props: { decisions: FindingDecisions }) {
  const d = props.decisions
  const previewModel = createMemo(() => {
    const at = d.previewing()
    return at && at.plan.operations.length > 0 ? planPreviewModel(at.plan, at.register) : undefined
  })
  const nothingToApply = () => {
    const at = d.previewing()
    return !at || (at.plan.operations.length === 0 && !at.psa.some(psaSendable))
  }
  return (
    <>
      <Show when={d.asking()}>
        <Dialog
          title="Approve findings"
          wide
          closeLabel={d.approve.isSuccess ? 'Close' : 'Cancel'}
          onClose={d.closePreview}
          actions={
            <Show when={!d.approve.isSuccess}>
              <button
                type="button"
                class="button button--primary"
                disabled={d.approve.isPending || !isOnline() || nothingToApply()}
                onClick={() => {
                  const at = d.previewing()
                  if (at) d.approve.mutate(at)
                }}
              >
                {d.approve.isPending ? 'Applying…' : 'Apply these changes'}
              </button>
            </Show>
          }
        >
          <Show when={d.prepare.isPending}>
            <p class="loading">Working out the changes on the register as it is now…</p>
          </Show>
          <ErrorAlert error={d.prepare.error} />
          <Show when={(d.previewing()?.missing ?? 0) > 0}>
            <p class="notice">
              {d.previewing()?.missing === 1
                ? 'One chosen finding is'
                : `${d.previewing()?.missing} chosen findings are`}{' '}
              no longer the same on the register as it is now (resolved or changed), so{' '}
              {d.previewing()?.missing === 1 ? 'it is' : 'they are'} left out.
            </p>
          </Show>
          <Show when={previewModel()}>
            {(model) => (
              <Show
                when={d.approve.data?.planResult}
                fallback={<PlanPreview model={model()} title="What approving changes" />}
              >
                {(done) => <RunResult model={model()} runId={done().runId} what="Approval" />}
              </Show>
            )}
          </Show>
          <Show when={(d.previewing()?.psa.length ?? 0) > 0}>
            <h3>What approving changes in the PSA</h3>
            <Show
              when={d.approve.data}
              fallback={
                <For each={d.previewing()?.psa}>{(item) => <PsaChangePreview item={item} />}</For>
              }
            >
              {(done) => (
                <For each={done().psa}>{(outcome) => <PsaChangeOutcome outcome={outcome} />}</For>
              )}
            </Show>
          </Show>
          <NeedsNetwork what="Approving findings" />
          <Show
            when={isRegisterChanged(d.approve.error)}
            fallback={<ErrorAlert error={d.approve.error} />}
          >
            <p class="sk-error" role="alert">
              The register changed since these findings were worked out, so nothing was applied.
              Close this, check the findings as they are now, and approve again.
            </p>
          </Show>
        </Dialog>
      </Show>

      <Show when={d.dismissing()}>
        {(findings) => (
          <DismissDialog
            findings={findings()}
            pending={d.dismiss.isPending}
            error={d.dismiss.error}
            onClose={d.closeDismiss}
            onDismiss={(reason) => d.dismiss.mutate({ findings: findings(), reason })}
          />
        )}
      </Show>

      <Show when={d.marking()}>
        {(subscription) => (
          <NotBillableDialog
            subscription={subscription()}
            pending={d.markNot.isPending}
            error={d.markNot.error}
            onClose={d.closeNotBillable}
            onMark={(reason, note) =>
              d.markNot.mutate({ subscription: subscription(), reason, ...(note ? { note } : {}) })
            }
          />
        )}
      </Show>
    </>
  )
}

function DismissDialog(props: {
  findings: Finding[]
  pending: boolean
  error: unknown
  onClose: () => void
  onDismiss: (reason: string) => void
}) {
  const [reason, setReason] = createSignal('')
  const [missing, setMissing] = createSignal(false)
  const submit = () => {
    const text = reason().trim()
    setMissing(text.length === 0)
    if (text.length > 0) props.onDismiss(text)
  }
  const what = () =>
    props.findings.length === 1 ? 'this finding' : `these ${props.findings.length} findings`
  return (
    <Dialog
      title="Dismiss findings"
      onClose={props.onClose}
      closeLabel="Cancel"
      actions={
        <button
          type="button"
          class="button button--primary"
          disabled={props.pending}
          onClick={submit}
        >
          {props.pending ? 'Dismissing…' : 'Dismiss'}
        </button>
      }
    >
      <p>
        Leave {what()} as {props.findings.length === 1 ? 'it is' : 'they are'}: hidden until the
        numbers behind {props.findings.length === 1 ? 'it' : 'them'} change.
      </p>
      <div class="field">
        <label for="dismiss-reason">Why</label>
        <textarea
          id="dismiss-reason"
          rows={3}
          maxLength={500}
          value={reason()}
          aria-invalid={missing() ? 'true' : undefined}
          aria-describedby={missing() ? 'dismiss-reason-error' : undefined}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
        <Show when={missing()}>
          <p id="dismiss-reason-error" class="sk-error" role="alert">
            Write why you leave {what()} as {props.findings.length === 1 ? 'it is' : 'they are'}{' '}
            (for example “agreed with the customer”), so the next person knows.
          </p>
        </Show>
      </div>
      <ErrorAlert error={props.error} />
    </Dialog>
  )
}
