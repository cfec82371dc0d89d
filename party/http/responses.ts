/** JSON answers of the room's HTTP API; every error says what is wrong and what to do. */
import type { ErrorBody } from '../../shared/agentProtocol'
import { joinChunks } from '../storage/chunks'

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

/**
 * Reads a JSON body of at most `maxBytes` bytes. A larger body is read to its end but not kept (an
 * answer sent mid-upload resets the client's connection instead of reaching it), so memory stays
 * bounded whatever is sent.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const chunks: Uint8Array[] = []
  let bytes = 0
  const reader = request.body?.getReader()
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    bytes += read.value.length
    if (bytes <= maxBytes) chunks.push(read.value)
  }
  if (bytes > maxBytes) return { ok: false, response: errorResponse(413, `The request body is over ${maxBytes} bytes; send less.`) }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(joinChunks(chunks))) }
  } catch {
    return { ok: false, response: errorResponse(400, 'The body is not valid JSON. Send a JSON object such as {"prompt": "draw a house"}.') }
  }
}

/**
 * Reads a body to its end and drops it, for requests answered without it: answering before the
 * upload finished would reset the client's connection instead of reaching it.
 */
export async function discardBody(request: Request): Promise<void> {
  const reader = request.body?.getReader()
  try {
    for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
      // dropped
    }
  } catch {
    // the client went away
  }
}
