/**
 * Test support: every key path in a JSON value ("data.customers[].Details.TenantID"), list items
 * merged under "[]", so two bodies can be compared by shape rather than by value.
 */
export function keyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, into)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key
      into.add(path)
      keyPaths(child, path, into)
    }
  }
  return into
}
