import type { Operation, Plan, PlanKind, PlanSummary, Quarantined, Skipped } from '../model/plan'

export function emptySummary(): PlanSummary {
  return {
    customers: { create: 0, update: 0, unchanged: 0, skipped: 0 },
    subscriptions: {
      create: 0,
      update: 0,
      unchanged: 0,
      skipped: 0,
      deactivate: 0,
      zero: 0,
      quarantined: 0,
    },
    mappings: { add: 0, update: 0, remove: 0 },
  }
}

/** Collects a plan's operations and keeps its summary in step with them. */
export class PlanBuilder {
  readonly operations: Operation[] = []
  readonly skipped: Skipped[] = []
  readonly quarantine: Quarantined[] = []
  readonly summary: PlanSummary = emptySummary()

  add(operation: Operation): void {
    this.operations.push(operation)
    const s = this.summary
    switch (operation.op) {
      case 'createCustomer':
        s.customers.create++
        break
      case 'updateCustomer':
        s.customers.update++
        break
      case 'addMapping':
        s.mappings.add++
        break
      case 'updateMapping':
        s.mappings.update++
        break
      case 'removeMapping':
        s.mappings.remove++
        break
      case 'createSubscription':
        s.subscriptions.create++
        break
      case 'updateSubscription':
        s.subscriptions.update++
        break
      case 'deactivateSubscription':
        s.subscriptions.deactivate++
        break
      case 'zeroSubscription':
        s.subscriptions.zero++
        break
    }
  }

  skip(entry: Skipped): void {
    this.skipped.push(entry)
    if (entry.entity === 'customer') this.summary.customers.skipped++
    else this.summary.subscriptions.skipped++
  }

  hold(entry: Quarantined): void {
    this.quarantine.push(entry)
    this.summary.subscriptions.quarantined++
  }

  build(kind: PlanKind, connectionId: string, baseVersion: number): Plan {
    return {
      kind,
      connectionId,
      baseVersion,
      operations: this.operations,
      skipped: this.skipped,
      quarantine: this.quarantine,
      summary: this.summary,
    }
  }
}
