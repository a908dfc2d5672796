/** What every route sees: the Worker's bindings, and who is calling (set by the auth middleware). */
export type AppEnv = {
  Bindings: Env
  Variables: {
    /** The Access user's e-mail, "local" under `pnpm start`. Written into the run ledger. */
    actor: string
  }
}
