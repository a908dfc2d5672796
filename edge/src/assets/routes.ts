import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

/**
 * /assets/* holds only Vite's hashed build output (JS, CSS, images), and wrangler.toml sends it to
 * the Worker first. The reason: with not_found_handling = "single-page-application" the asset
 * server answers a missing file with index.html and 200 (checked with wrangler 4.164: even a plain
 * `curl /assets/nope.js` gets the page), so a browser holding a page from an older deploy would
 * run HTML as a script instead of seeing that its chunk is gone. Here a miss becomes a real 404.
 */
export const assetRoutes = new Hono<AppEnv>().get('/*', async (c) => {
  const response = await c.env.ASSETS.fetch(c.req.raw)
  // The SPA fallback is the only HTML the asset server can return under /assets/: Vite never
  // emits an .html file there, so HTML here means "no such file".
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    await response.body?.cancel()
    return c.text(
      `There is no file ${c.req.path}. The page was probably loaded from an older build; reload it.`,
      404,
    )
  }
  return response
})
