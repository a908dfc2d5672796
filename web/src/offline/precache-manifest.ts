/** What the service worker stores on install: this build's shell, so the page opens offline. */
export type PrecacheManifest = { version: string; urls: string[] }

/**
 * The precache list for a build, from the files in its output folder (paths relative to it, with
 * forward slashes): index.html as '/', every hashed /assets/* file, and the static files the
 * worker's policy serves cache-first. The version changes whenever the list does.
 */
export function precacheManifest(
  files: readonly string[],
  staticFiles: readonly string[] = ['/favicon.svg'],
): PrecacheManifest {
  const present = new Set(files.map((file) => `/${file.replace(/^\/+/, '')}`))
  const assets = [...present]
    .filter((path) => path.startsWith('/assets/') && !path.endsWith('.map'))
    .sort()
  const statics = staticFiles.filter((path) => present.has(path))
  const urls = ['/', ...statics, ...assets]
  return { version: hashOf(urls.join('\n')), urls }
}

/** Writes `manifest` into sw.js in place of its `var PRECACHE = /* precache-manifest *\/ …` line. */
export function injectPrecache(swSource: string, manifest: PrecacheManifest): string {
  const marker = /var PRECACHE = \/\* precache-manifest \*\/ .*$/m
  if (!marker.test(swSource)) {
    throw new Error(
      'web/public/sw.js lost its "var PRECACHE = /* precache-manifest */" line; the build cannot list the shell.',
    )
  }
  return swSource.replace(
    marker,
    () => `var PRECACHE = /* precache-manifest */ ${JSON.stringify(manifest)}`,
  )
}

// FNV-1a: a short, stable tag for the cache name; not security-relevant.
function hashOf(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}
