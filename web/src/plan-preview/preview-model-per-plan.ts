import type { ImportState } from '../imports/import-flow'
import { planPreviewModel, type PlanPreviewModel } from './plan-preview-model'

type WithPlan = Extract<ImportState, { plan: unknown }>

/**
 * The preview model of the plan an import is at, built once per plan: preview → applying → done
 * carry the same plan, so they share one model and the result's counts are that model's. A new
 * plan (read again, or planned again after a 409) builds a new one.
 */
export function previewModelPerPlan(build = planPreviewModel) {
  let last: { from: WithPlan; model: PlanPreviewModel } | undefined
  return (state: ImportState): PlanPreviewModel | undefined => {
    if (!('plan' in state)) return undefined
    if (last?.from.plan !== state.plan || last.from.register !== state.register)
      last = { from: state, model: build(state.plan, state.register) }
    return last.model
  }
}
