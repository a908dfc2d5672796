import { emptyRegister, planCustomerImport, type Register } from '@seatkeeper/core'
import { describe, expect, it, vi } from 'vitest'
import { createImportFlow, type ImportFlowDeps, type ImportState } from '../imports/import-flow'
import { planPreviewModel } from './plan-preview-model'
import { previewModelPerPlan } from './preview-model-per-plan'

class Conflict extends Error {}

const connection = { id: 'conn-1', distributor: 'sherweb', distributorLabel: 'Sherweb' }

/** An import of three new customers, its screen asking for the model on every state it shows. */
function importScreen(submit: ImportFlowDeps<string[]>['submit']) {
  const build = vi.fn(planPreviewModel)
  const modelOf = previewModelPerPlan(build)
  const shown: { step: ImportState['step']; creates?: number }[] = []
  const flow = createImportFlow<string[]>(
    {
      read: async () => ({ listing: ['Ashford', 'Brook', 'Cedar'], complete: true, problems: [] }),
      loadRegister: async (): Promise<Register> => emptyRegister(),
      plan: (names, register) =>
        planCustomerImport({
          connection,
          register,
          options: { updateMainSiteAddress: false },
          externalCustomers: names.map((name) => ({ externalId: name, name, status: 'active' })),
        }),
      submit,
      isRegisterChanged: (error) => error instanceof Conflict,
      describeError: (error) => (error as Error).message,
    },
    (state) => {
      // Like the screen: the preview, the disabled Start and the result all read the model.
      const model = modelOf(state)
      modelOf(state)
      shown.push({ step: state.step, creates: model?.counts.create })
    },
  )
  return { flow, build, shown }
}

describe('previewModelPerPlan', () => {
  it('builds the model once for the preview, the applying step and the result', async () => {
    const { flow, build, shown } = importScreen(async () => ({ version: 1, runId: 'run-1' }))
    await flow.prepare()
    await flow.start()
    expect(shown.filter((s) => s.creates !== undefined)).toEqual([
      { step: 'preview', creates: 3 },
      { step: 'applying', creates: 3 },
      { step: 'done', creates: 3 },
    ])
    expect(build).toHaveBeenCalledOnce()
  })

  it('builds a new model when the register moved on and the import was planned again', async () => {
    let calls = 0
    const { flow, build } = importScreen(async () => {
      if (calls++ === 0) throw new Conflict('the register changed')
      return { version: 2, runId: 'run-2' }
    })
    await flow.prepare()
    await flow.start()
    expect(flow.state().step).toBe('preview')
    await flow.start()
    expect(flow.state().step).toBe('done')
    expect(build).toHaveBeenCalledTimes(2)
  })

  it('has no model before there is a plan', () => {
    expect(previewModelPerPlan()({ step: 'reading', requests: 2 })).toBeUndefined()
  })
})
