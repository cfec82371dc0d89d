/** Turns whatever a model call threw into one sentence a person can act on. */
import { APICallError } from '@ai-sdk/provider'
import type { ModelInfo } from '../../shared/chat'

const MAX_DETAIL = 200

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine
}

/** The error a retrying call gave up on, when the SDK wrapped it. */
function innermost(error: unknown): unknown {
  let current = error
  for (let depth = 0; depth < 5; depth++) {
    if (typeof current === 'object' && current !== null && 'lastError' in current) current = (current as { lastError: unknown }).lastError
    else if (current instanceof Error && current.cause && !(APICallError.isInstance(current))) current = current.cause
    else break
  }
  return current
}

export function describeModelError(error: unknown, model: ModelInfo): string {
  const cause = innermost(error)
  const name = `the model "${model.id}"`
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode
    if (status === 401 || status === 403) return `The model server refused the API key (HTTP ${status}); check OPENAI_API_KEY.`
    if (status === 404) return `The model server has no ${name} (HTTP 404); check AI_MODEL and OPENAI_BASE_URL.`
    if (status === 429) return 'The model server is rate-limiting us (HTTP 429); try again in a moment.'
    if (status) return `The model server failed (HTTP ${status}): ${short(cause.responseBody ?? cause.message)}`
    return `Could not reach the model server at ${new URL(cause.url).origin}: ${short(cause.message)}`
  }
  if (cause instanceof Error) return `${name} failed: ${short(cause.message)}`
  return `${name} failed: ${short(String(cause))}`
}
