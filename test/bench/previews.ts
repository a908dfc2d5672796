// The web's two big-list models, timed in Node: the import preview and the run page's changes.
// They are plain functions of the web (no DOM), so the figures here are the model's own cost; what
// the browser adds on top to draw one page of them is bounded by the page size, not the run.
import { emptyRegister, planCustomerImport, type Plan } from '@seatkeeper/core'
import { planPreviewModel } from '../../web/src/plan-preview/plan-preview-model'
import { CHANGES_PER_PAGE, runChanges } from '../../web/src/runs/run-changes'
import { pageSlice } from '../../web/src/ui/page-slice'
import { formatMs, printTable, sampleMs } from './measure'

const connection = { id: 'bench-conn', distributor: 'sherweb', distributorLabel: 'Sherweb' }

/** A first customer import of a big account: every customer created and mapped (2 operations each). */
function firstImport(operations: number): Plan {
  return planCustomerImport({
    connection,
    register: emptyRegister(),
    options: { updateMainSiteAddress: true },
    externalCustomers: Array.from({ length: operations / 2 }, (_, i) => ({
      externalId: `x-${i}`,
      name: `Customer ${i}`,
      status: 'active' as const,
      domain: `customer-${i}.example`,
      address: { line1: `${i} High Street`, city: 'Leeds', country: 'GB' },
    })),
  })
}

/** Prints the preview build and the run page's model at the sizes of a first big import. */
export function benchPreviews(): boolean {
  console.log('\n== Web models: the import preview and the run page (Node, median of 7 runs)')
  const sizes = [14_404, 48_006, 100_000]
  const names = { customer: (id: string) => id }
  const rows = sizes.map((size) => {
    const plan = firstImport(size)
    const register = emptyRegister()
    const preview = sampleMs(7, () => planPreviewModel(plan, register))
    // The page opens on one page of changes; a search makes every record's diff (once).
    const firstPage = sampleMs(7, () => {
      const changes = runChanges(plan.operations, names)
      const { start, end } = pageSlice(changes.count, 0, CHANGES_PER_PAGE)
      for (const index of changes.find('').slice(start, end)) changes.diff(index)
    })
    const everyDiff = sampleMs(7, () => runChanges(plan.operations, names).find('customer 1'))
    return [
      size.toLocaleString('en'),
      formatMs(preview.median),
      formatMs(firstPage.median),
      formatMs(everyDiff.median),
    ]
  })
  printTable(
    ['operations', 'preview model', 'run page: first page', 'run page: first search (every diff)'],
    rows,
  )
  return true
}
