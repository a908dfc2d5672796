export * from './adapter'
export { haloAdapter } from './halopsa'
export { psaAdapters, psaAdapterById } from './registry'
