import type { Plan, Register, SyncProgress } from '@seatkeeper/core'
import type { PlanResult } from '@seatkeeper/core'

/**
 * A distributor listing as an import reads it; `problems` say what part could not be read.
 * `listedAt` is when a listing made at the edge finished (it may be a recent one, planned again).
 */
export type ReadListing<L> = {
  listing: L
  complete: boolean
  problems: string[]
  listedAt?: string
}

/**
 * How a read reports and is stopped. At the edge (edge-listing.ts): whether to refuse a recent
 * listing, where its progress goes while it runs, and the signal that stops following it (the
 * listing itself goes on). Through the proxy, a paged listing tells `onPages` its pages read of
 * all in `phase` (DistributorHttp.onPage).
 */
export type EdgeRead = {
  fresh: boolean
  onProgress: (requests: number, progress?: SyncProgress) => void
  onPages: (phase: SyncProgress['phase'], done: number, total: number) => void
  signal: AbortSignal
}

export type ImportFlowDeps<L> = {
  /**
   * Lists at the distributor: through the proxy, calling `onRequest` per HTTP request to show that
   * it moves, or at the edge (`edge`).
   */
  read: (onRequest: () => void, edge: EdgeRead) => Promise<ReadListing<L>>
  /** The register as it is now on the edge (not a cached copy). */
  loadRegister: () => Promise<Register>
  /** Plans off the main thread where the page can (runCoreJob), so the screen keeps moving. */
  plan: (listing: L, register: Register) => Plan | Promise<Plan>
  submit: (plan: Plan) => Promise<PlanResult>
  /** True for the 409 "the register moved on" failure. */
  isRegisterChanged: (error: unknown) => boolean
  describeError: (error: unknown) => string
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; requests: number; progress?: SyncProgress }
  | { step: 'planning'; detail?: string }
  | {
      step: 'preview'
      plan: Plan
      register: Register
      problems: string[]
      notice?: string
      listedAt?: string
    }
  | { step: 'applying'; plan: Plan; register: Register }
  | { step: 'done'; plan: Plan; register: Register; result: PlanResult }
  | { step: 'failed'; phase: 'read' | 'plan' | 'apply'; message: string }

export const REGISTER_CHANGED_NOTICE =
  'The register changed underneath while you were reading the preview, so nothing was applied. Here is the new preview; check it and press Start again.'

/**
 * Preview → Start → result, the same for every import: read the distributor, plan against the
 * live register, show the plan, apply it. When the register moved on (409) the listing already
 * read is planned again against the new register and shown as a new preview — never applied
 * unseen.
 */
export function createImportFlow<L>(
  deps: ImportFlowDeps<L>,
  onChange: (state: ImportState) => void,
) {
  let state: ImportState = { step: 'idle' }
  let read: ReadListing<L> | undefined
  const stop = new AbortController()
  const set = (next: ImportState) => {
    if (stop.signal.aborted) return
    state = next
    onChange(next)
  }

  async function planAgainst(notice?: string) {
    const again = notice ? 'the register changed; ' : ''
    set({ step: 'planning', detail: `${again}getting the register` })
    try {
      const register = await deps.loadRegister()
      set({ step: 'planning', detail: `${again}comparing the listing with the register` })
      const plan = await deps.plan((read as ReadListing<L>).listing, register)
      set({
        step: 'preview',
        plan,
        register,
        problems: (read as ReadListing<L>).problems,
        ...(notice ? { notice } : {}),
        ...(read?.listedAt ? { listedAt: read.listedAt } : {}),
      })
    } catch (error) {
      set({ step: 'failed', phase: 'plan', message: deps.describeError(error) })
    }
  }

  return {
    state: () => state,

    /** The screen closed: stop following a listing at the edge (it goes on there) and go quiet. */
    dispose() {
      stop.abort(new DOMException('The import screen was closed.', 'AbortError'))
    },

    /**
     * Reads the distributor and shows the preview. `fresh`: a listing at the edge is made anew
     * rather than a recent one planned again ("Read the distributor again").
     */
    async prepare(options: { fresh?: boolean } = {}) {
      let requests = 0
      let progress: SyncProgress | undefined
      const since = new Map<SyncProgress['phase'], string>()
      const reading = () => set({ step: 'reading', requests, ...(progress ? { progress } : {}) })
      reading()
      try {
        read = await deps.read(
          () => {
            requests++
            if (state.step === 'reading') reading()
          },
          {
            fresh: options.fresh ?? false,
            signal: stop.signal,
            onProgress: (at, edgeProgress) => {
              requests = at
              progress = edgeProgress
              reading()
            },
            onPages: (phase, done, total) => {
              if (!since.has(phase)) since.set(phase, new Date().toISOString())
              progress = { phase, unit: 'pages', done, total, since: since.get(phase)! }
              if (state.step === 'reading') reading()
            },
          },
        )
      } catch (error) {
        if (stop.signal.aborted) return
        set({ step: 'failed', phase: 'read', message: deps.describeError(error) })
        return
      }
      await planAgainst()
    },

    /** Applies the previewed plan. */
    async start() {
      if (state.step !== 'preview') return
      const { plan, register } = state
      set({ step: 'applying', plan, register })
      try {
        const result = await deps.submit(plan)
        set({ step: 'done', plan, register, result })
      } catch (error) {
        if (deps.isRegisterChanged(error)) await planAgainst(REGISTER_CHANGED_NOTICE)
        else set({ step: 'failed', phase: 'apply', message: deps.describeError(error) })
      }
    },
  }
}
