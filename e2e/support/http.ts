/**
 * HTTP to the test server. `partykit dev` rebuilds and restarts whenever a server source file
 * changes, refusing connections for a moment; a request whose connection fails is retried until a
 * deadline. Any answer, error statuses included, is returned as is.
 */
import { waitFor } from './waitFor'

export function fetchWhenUp(url: string | URL, init: RequestInit = {}, timeoutMs = 20_000): Promise<Response> {
  return waitFor(() => fetch(url, { ...init, signal: AbortSignal.timeout(10_000) }), {
    timeoutMs,
    intervalMs: 100,
    message: `${init.method ?? 'GET'} ${String(url)}`,
  })
}
