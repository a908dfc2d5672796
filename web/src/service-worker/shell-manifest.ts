type ManifestEntry = { url: string; revision: string | null; size: number }

/**
 * The files of a build the worker precaches (vite-plugin-pwa's globPatterns, relative to web/dist):
 * index.html, the icon and every hashed asset. Nothing else: above all nothing under /api/.
 */
export const SHELL_GLOB_PATTERNS = [
  'index.html',
  'favicon.svg',
  'assets/**/*.{js,css,svg,png,woff2}',
]

/**
 * A workbox manifest transform: index.html is precached as '/', the URL every app route is served
 * from (the Worker redirects /index.html to '/', and a redirected answer must not be the shell).
 */
export function shellAsRoot<E extends ManifestEntry>(entries: E[]): { manifest: E[] } {
  return {
    manifest: entries.map((entry) => (entry.url === 'index.html' ? { ...entry, url: '/' } : entry)),
  }
}
