/** JSON answers of the room's HTTP API; every error says what is wrong and what to do. */
import type { ErrorBody } from '../../shared/agentProtocol'

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } })
}

export function errorResponse(status: number, error: string, headers: Record<string, string> = {}): Response {
  const body: ErrorBody = { error }
  return jsonResponse(body, status, headers)
}

export function methodNotAllowed(allowed: string[]): Response {
  return errorResponse(405, `Use ${allowed.join(' or ')} on this path.`, { allow: allowed.join(', ') })
}

/** Reads a JSON body of at most `maxBytes`; null with an error response when it is not one. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const text = await request.text()
  if (text.length > maxBytes) {
    return { ok: false, response: errorResponse(413, `The request body is over ${maxBytes} bytes; send less.`) }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, response: errorResponse(400, 'The body is not valid JSON. Send a JSON object such as {"prompt": "draw a house"}.') }
  }
}
