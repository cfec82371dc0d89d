/** Runs an agent turn over the room's HTTP API and reads its event stream to the `done` event. */
import { readAgentEvents, type DoneEvent } from '../../../shared/agentProtocol'
import { roomEndpoints } from '../../../shared/endpoints'

export async function runAgentTurn(serverUrl: string, roomId: string, prompt: string, timeoutMs = 60_000): Promise<DoneEvent> {
  const response = await fetch(new URL(roomEndpoints(roomId).agent, serverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt, author: 'reliability' }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!response.ok || !response.body) throw new Error(`POST agent in ${roomId}: ${response.status} ${await response.text()}`)
  for await (const event of readAgentEvents(response.body)) {
    if (event.event === 'done') return event.data
  }
  throw new Error(`the turn in ${roomId} ended without a done event`)
}
