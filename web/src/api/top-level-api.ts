import { TopLevelSchema, type TopLevel } from '@seatkeeper/core'
import { parseWith } from './parse-with'
import { sendJson } from './send-json'

/** POST /api/top-levels: a new top level (400 when the name is empty or taken). */
export function createTopLevel(name: string): Promise<TopLevel> {
  return sendJson(
    'POST',
    '/api/top-levels',
    { name },
    parseWith(TopLevelSchema, 'POST /api/top-levels'),
  )
}
