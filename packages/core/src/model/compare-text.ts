// One collator for every sorted list, in the core so the edge and the browser order names alike.
// Building the collator is the cost: `localeCompare` with options builds one per pair (3,000 names
// took ~100 ms; one collator 2 ms). `numeric` puts "Customer 9" before "Customer 10", as the
// Customers list always has; everything else is the locale's default order, as `localeCompare`
// without options gave: accents and case only break ties ("abel" < "Ábel" < "Anders").
const collator = new Intl.Collator(undefined, { numeric: true })

/** Orders two names (or any text a person reads) the way every sorted list of the app does. */
export const compareText: (a: string, b: string) => number = collator.compare
