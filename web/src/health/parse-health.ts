import { HealthSchema } from '@seatkeeper/core'
import { parseWith } from '../api/parse-with'

/** Checks the shape of GET /api/health's answer (HealthSchema, which the edge answers with). */
export const parseHealth = parseWith(HealthSchema, 'GET /api/health')
