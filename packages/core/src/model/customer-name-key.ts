/**
 * A customer's name as a person compares names: trimmed, case and width folded, so "ACME " and
 * "Acme" are one name. Duplicate checks (a create, a rename, a CSV row) all compare with this.
 */
export function customerNameKey(name: string): string {
  return name.normalize('NFKC').trim().toLocaleLowerCase('en')
}
