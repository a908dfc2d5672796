// The sandbox distributors for `pnpm start`: every simulator on http://127.0.0.1:8790/<id>.
import { serve } from '@hono/node-server'
import { createSandboxServer } from './create-sandbox-server'

const port = Number(process.env.SANDBOX_PORT ?? 8790)
const hostname = '127.0.0.1'
serve({ fetch: createSandboxServer().fetch, port, hostname }, () => {
  console.log(`Sandbox distributors on http://${hostname}:${port}`)
})
