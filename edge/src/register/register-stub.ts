import type { RegisterRpc } from './register-rpc'

/**
 * The one register Durable Object (there is one register per deployment), typed by its RPC
 * surface so callers see plain promises rather than the runtime's RPC wrapper types.
 */
export function registerStub(env: Env): RegisterRpc {
  return env.REGISTER.get(env.REGISTER.idFromName('register')) as unknown as RegisterRpc
}
