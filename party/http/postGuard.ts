/**
 * Cross-site request refusal for the room's POST endpoints (docs/permissions.md "HTTP"): a page on
 * another site can POST `text/plain` without a CORS preflight, so every POST must say it is JSON
 * (which a cross-site form or simple fetch cannot) and, when the browser names the page's origin,
 * that origin must be the board's own.
 */
import { errorResponse } from './responses'

/** Whether a content-type header names JSON (`application/json`, parameters allowed). Pure. */
export function isJsonContentType(value: string | null): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json'
}

/**
 * Whether an `Origin` header is the board's own: its host is the request's host. The scheme is not
 * compared, as TLS may end in front of the server. A missing header (curl, scripts) passes; `null`
 * (sandboxed frames, file pages) does not. Pure.
 */
export function isOwnOrigin(origin: string | null, requestUrl: string): boolean {
  if (origin === null) return true
  try {
    return new URL(origin).host === new URL(requestUrl).host
  } catch {
    return false
  }
}

/** The refusal for a POST that is not same-origin JSON, or null to let it through. */
export function refuseCrossSitePost(request: Request): Response | null {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return errorResponse(415, 'POST requests must send `content-type: application/json` (with a JSON body, `{}` when there is nothing to say).')
  }
  if (!isOwnOrigin(request.headers.get('origin'), request.url)) {
    return errorResponse(403, "This request comes from another site's page; only the board's own pages may POST to it.")
  }
  return null
}
