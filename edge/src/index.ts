import { app } from './app'

export { RegisterObject } from './register/register-object'

// The Worker entry only wires the three handlers; each lives with its resource.
export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
