export * from './model/external'
export * from './model/register'
export * from './model/settings'
export * from './model/plan'
