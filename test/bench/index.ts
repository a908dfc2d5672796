// One part of `pnpm bench` per process: test/bench/run.mjs passes `core` or `distributors`.
import { adapterById } from '@seatkeeper/distributors'
import { sandboxCatalogue } from '@seatkeeper/sandbox'
import { benchBilling, measureBillingScale } from './billing'
import { benchCore, measureCoreScale } from './core'
import { benchDistributors, type BenchEntry } from './distributors'
import { benchSuggestQuality } from './suggest-quality'

const only = process.argv[2]
const results: Array<[string, boolean]> = []

// One size of the core benchmark, for benchCore's child process: its figures as JSON on stdout.
if (only === 'core-scale') {
  process.stdout.write(JSON.stringify(measureCoreScale(Number(process.argv[3]))))
  process.exit(0)
}

if (only === 'billing-scale') {
  process.stdout.write(JSON.stringify(measureBillingScale(Number(process.argv[3]))))
  process.exit(0)
}

if (!only || only === 'core') results.push(['core', benchCore()])
if (!only || only === 'core' || only === 'billing') results.push(['billing', benchBilling()])
if (!only || only === 'suggest-quality') results.push(['suggest-quality', benchSuggestQuality()])

if (!only || only === 'distributors') {
  console.log(
    '\n== Distributors: listing 3,000 customers / 15,000 subscriptions, 100 ms latency, rate limit enforced',
  )
  // BENCH_DISTRIBUTORS=crayon,sherweb benches only those simulators (all of them when unset).
  const wanted = process.env.BENCH_DISTRIBUTORS?.split(',').filter(Boolean)
  const chosen = sandboxCatalogue.filter((entry) => !wanted || wanted.includes(entry.id))
  const entries: BenchEntry[] = chosen.map((entry) => {
    const adapter = adapterById(entry.id)
    if (!adapter) throw new Error(`no adapter for simulator ${entry.id}`)
    // The simulator enforces the limit the adapter assumes, so the bound compares like with like.
    return {
      adapter,
      createSimulator: (o) => entry.create(o),
      credentials: entry.credentials,
      rateLimit: adapter.rateLimit,
    }
  })
  const rows = await benchDistributors(entries, { measureSequentialBelowMs: 0 })
  const met = rows.every((r) => r.ratio <= 1.2)
  console.log(
    `target wall time ≤ 1.2× the lower bound for every distributor: ${met ? 'MET' : 'MISSED'}`,
  )
  results.push(['distributors', met])
}

console.log('\n== Summary')
for (const [name, met] of results)
  console.log(`${name}: ${met ? 'all targets met' : 'a target was missed (see above)'}`)
