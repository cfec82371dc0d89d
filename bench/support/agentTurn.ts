/**
 * Times one agent turn as a person in the room sees it: from sending the prompt to the first agent
 * shape arriving at another device (a Node Yjs client in the room), and to the turn's `done` event.
 * Shared by the agent-streaming and sandbox benchmarks.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { readAgentEvents, type DoneEvent } from '../../shared/agentProtocol'
import { roomEndpoints } from '../../shared/endpoints'
import { newRoomId } from '../../shared/roomId'
import { connectClient, roomServerTarget } from './syncTarget'

export interface TurnTiming {
  /** Prompt sent → the turn's first event on its stream (the room answered and began the turn). */
  firstEventMs: number
  /** Prompt sent → first shape seen by the other client; NaN when none arrived. */
  firstShapeMs: number
  /** Prompt sent → `done` event. */
  doneMs: number
  done: DoneEvent
  /**
   * For each tool call: its name and the time from its last `running` event (sent as execution
   * begins; earlier ones come while its input streams) to `done`/`error`.
   */
  tools: { name: string; status: string; ms: number }[]
}

export interface TurnOptions {
  /** The room to prompt; a new empty board when omitted. */
  roomId?: string
  timeoutMs?: number
}

export async function timeTurn(server: { url: string; host: string }, prompt: string, { roomId = newRoomId(), timeoutMs = 60_000 }: TurnOptions = {}): Promise<TurnTiming> {
  const observer = connectClient(roomServerTarget(server.host), roomId)
  try {
    await observer.synced()
    let started = 0
    let firstShapeMs = Number.NaN
    observer.records.on('change', (changes: Map<string, { action: string; newValue?: TLRecord }>) => {
      if (!Number.isNaN(firstShapeMs) || started === 0) return
      for (const change of changes.values()) {
        if (change.action === 'add' && change.newValue?.typeName === 'shape') {
          firstShapeMs = performance.now() - started
          return
        }
      }
    })
    started = performance.now()
    const response = await fetch(new URL(roomEndpoints(roomId).agent, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt, author: 'bench' }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok || !response.body) throw new Error(`POST agent: ${response.status} ${await response.text()}`)
    const running = new Map<string, number>()
    const tools: TurnTiming['tools'] = []
    let firstEventMs = Number.NaN
    for await (const event of readAgentEvents(response.body)) {
      const now = performance.now()
      if (Number.isNaN(firstEventMs)) firstEventMs = now - started
      if (event.event === 'tool') {
        const { id, name, status } = event.data
        if (status === 'running') running.set(id, now)
        else if (running.has(id)) {
          tools.push({ name, status, ms: now - running.get(id)! })
          running.delete(id)
        }
      } else if (event.event === 'done') {
        return { firstEventMs, firstShapeMs, doneMs: now - started, done: event.data, tools }
      }
    }
    throw new Error(`the turn's stream ended without a done event`)
  } finally {
    observer.destroy()
  }
}
