export * from './adapter'
export { haloAdapter } from './halopsa'
export { connectwiseAdapter } from './connectwise'
export { psaAdapters, psaAdapterById } from './registry'
