/**
 * The chat panel's calls to the room's agent endpoints: the same HTTP API and turn rules as any
 * other client. The answer itself arrives through the doc; the event stream is read only to learn
 * how the turn ended.
 */
import { readAgentEvents, type AgentRequest, type DoneEvent, type ErrorBody } from '../../shared/agentProtocol'
import { roomEndpoints } from '../../shared/endpoints'

export type RequestResult<T> = { ok: true; value: T } | { ok: false; error: string }

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>
    if (typeof body.error === 'string') return body.error
  } catch {
    // not JSON
  }
  return `The room answered ${response.status}.`
}

/** Starts a turn and resolves when it ends (or fails to start). */
export async function askAgent(roomId: string, request: AgentRequest): Promise<RequestResult<DoneEvent | null>> {
  let response: Response
  try {
    response = await fetch(roomEndpoints(roomId).agent, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })
  } catch {
    return { ok: false, error: 'Could not reach the room. Check your connection and try again.' }
  }
  if (!response.ok || !response.body) return { ok: false, error: await errorOf(response) }
  let done: DoneEvent | null = null
  try {
    for await (const event of readAgentEvents(response.body)) if (event.event === 'done') done = event.data
  } catch {
    // The stream broke (network); the turn goes on in the room and its answer still arrives via the doc.
  }
  return { ok: true, value: done }
}

async function post<T>(url: string): Promise<RequestResult<T>> {
  try {
    // Every POST to a room must be JSON (docs/permissions.md "HTTP").
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    if (!response.ok) return { ok: false, error: await errorOf(response) }
    return { ok: true, value: (await response.json()) as T }
  } catch {
    return { ok: false, error: 'Could not reach the room. Check your connection and try again.' }
  }
}

export const stopAgent = (roomId: string) => post<{ turnId: string }>(roomEndpoints(roomId).stop)
export const undoAgentTurn = (roomId: string) => post<{ turnId: string; reverted: number; kept: number }>(roomEndpoints(roomId).undo)
