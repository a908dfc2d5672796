export * from './world/generate-world'
export { createRandom, type Random } from './world/random'
