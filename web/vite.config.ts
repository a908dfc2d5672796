import { defineConfig } from 'vite'
import solid from 'vite-plugin-solid'

export default defineConfig({
  plugins: [solid()],
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
