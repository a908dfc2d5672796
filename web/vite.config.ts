import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import solid from 'vite-plugin-solid'
import { injectPrecache, precacheManifest } from './src/offline/precache-manifest'

export default defineConfig({
  plugins: [solid(), precacheServiceWorker()],
  build: {
    // wrangler.toml serves web/dist as the Worker's static assets.
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `pnpm --filter @seatkeeper/web dev` gives hot reload while `pnpm start` (wrangler dev on 8787)
    // answers the API, so the browser still sees one origin.
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
})

/**
 * After the build is written (public/ copied included), lists web/dist and writes the precache
 * manifest into dist/sw.js, so the worker installs exactly this build's shell.
 */
function precacheServiceWorker(): Plugin {
  let outDir = 'dist'
  return {
    name: 'seatkeeper-precache-service-worker',
    apply: 'build',
    configResolved(config) {
      // resolve, not join: `vite build --outDir /tmp/x` gives an absolute path.
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const files = listFiles(outDir).map((file) => relative(outDir, file).split(sep).join('/'))
      const swPath = join(outDir, 'sw.js')
      writeFileSync(swPath, injectPrecache(readFileSync(swPath, 'utf8'), precacheManifest(files)))
    },
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}
