/** The one JSON shape every failed /api request answers with, so the web app reads errors one way. */
export type ErrorBody = { error: { message: string } }

export function errorBody(message: string): ErrorBody {
  return { error: { message } }
}
