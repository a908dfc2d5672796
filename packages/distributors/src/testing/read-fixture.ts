/// <reference types="node" />
import { readFileSync } from 'node:fs'

// Test support: the hand-written sample answers of each distributor, kept in the repository at
// fixtures/distributors/<id>/ (each folder's README says which file answers which call). Both the
// adapters' and the simulators' tests read this one copy, so neither package imports the other.
const FIXTURES = new URL('../../../../fixtures/distributors/', import.meta.url)

/** The text of one fixture file of one distributor. */
export function readFixtureText(distributor: string, name: string): string {
  return readFileSync(new URL(`${distributor}/${name}`, FIXTURES), 'utf8')
}

/** One fixture file parsed as JSON, so a test can change a field before serving it. */
export function readFixtureJson<T = any>(distributor: string, name: string): T {
  return JSON.parse(readFixtureText(distributor, name)) as T
}
