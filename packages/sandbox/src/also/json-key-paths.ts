/**
 * Test support: every key path in a JSON value ("[].Fields[].Name"), list items merged under "[]",
 * so a simulator's answer and a fixture can be compared by shape rather than by value.
 */
export function jsonKeyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) jsonKeyPaths(item, `${prefix}[]`, into)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key
      into.add(path)
      jsonKeyPaths(child, path, into)
    }
  }
  return into
}
