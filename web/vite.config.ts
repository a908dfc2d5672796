import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import solid from 'vite-plugin-solid'
import { SHELL_GLOB_PATTERNS, shellAsRoot } from './src/service-worker/shell-manifest'

export default defineConfig({
  plugins: [
    solid(),
    // The service worker (src/service-worker/sw.ts) built to dist/sw.js with this build's shell list
    // injected. The page registers it itself (main.tsx) and has no web app manifest.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: SHELL_GLOB_PATTERNS,
        manifestTransforms: [shellAsRoot],
        // Hashed names change with their content: no revision query needed.
        dontCacheBustURLsMatching: /^assets\//,
      },
    }),
  ],
  build: {
    // wrangler.toml serves web/dist as the Worker's static assets.
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // `pnpm bench web` with BENCH_WEB_PROFILE builds unminified, so a profile names functions.
    minify: process.env.BENCH_WEB_PROFILE ? false : 'esbuild',
  },
  server: {
    // `pnpm --filter @seatkeeper/web dev` gives hot reload while `pnpm start` (wrangler dev on 8787)
    // answers the API, so the browser still sees one origin.
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
})
