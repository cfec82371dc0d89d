/**
 * The agent's HTTP API in the real room server: every error status the README and docs/permissions.md promise, one turn
 * at a time, stop, undo, and the rate limit. The model is a local scripted OpenAI-compatible
 * server so each turn's length is under the test's control.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAgentEvents, type AgentEvent } from '../../shared/agentProtocol'
import { roomEndpoints } from '../../shared/endpoints'
import { MAX_PROMPT_CHARS, MAX_TURN_BODY_BYTES, TURNS_PER_MINUTE } from '../../shared/limits'
import { newRoomId } from '../../shared/roomId'
import { startRoomServer, type RoomServer } from '../../scripts/roomServer'
import { isFollowUp, startScriptedModelServer, type ScriptedModelServer } from '../../e2e/support/scriptedModelServer'

let model: ScriptedModelServer
let server: RoomServer
let dataDir: string

beforeAll(async () => {
  model = await startScriptedModelServer({
    script: (request) => {
      const prompt = JSON.stringify(request.messages.findLast((message) => message.role === 'user'))
      if (prompt.includes('hang')) return { kind: 'hang' }
      if (isFollowUp(request)) return { kind: 'stream', text: 'Drawn.' }
      return {
        kind: 'stream',
        toolCalls: [{ name: 'create_shapes', arguments: JSON.stringify({ shapes: [{ type: 'geo', geo: 'ellipse', x: 0, y: 0, w: 100, h: 100, color: 'red' }] }) }],
      }
    },
  })
  dataDir = mkdtempSync(path.join(tmpdir(), 'sketchroom-api-'))
  server = await startRoomServer({ persistDir: dataDir, vars: { OPENAI_BASE_URL: model.baseUrl, MODEL_IDLE_TIMEOUT_MS: '60000' } })
})

afterAll(async () => {
  await server?.stop()
  await model?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const post = (roomId: string, endpoint: 'agent' | 'undo' | 'stop', body?: string) =>
  fetch(server.url + roomEndpoints(roomId)[endpoint], { method: 'POST', headers: { 'content-type': 'application/json' }, body })

async function drain(response: Response): Promise<AgentEvent[]> {
  const events: AgentEvent[] = []
  for await (const event of readAgentEvents(response.body!)) events.push(event)
  return events
}

async function shapeCount(roomId: string): Promise<number> {
  const response = await fetch(server.url + roomEndpoints(roomId).records)
  const { records } = (await response.json()) as { records: { typeName: string }[] }
  return records.filter((record) => record.typeName === 'shape').length
}

describe('POST /agent refuses bad requests with a clear error', () => {
  it.each([
    ['bad JSON', '{"prompt": ', 400],
    ['no prompt', '{}', 400],
    ['a prompt that is not text', '{"prompt": 42}', 400],
    ['a blank prompt', '{"prompt": "   "}', 400],
    ['an oversized prompt', JSON.stringify({ prompt: 'x'.repeat(MAX_PROMPT_CHARS + 1) }), 413],
    ['an oversized body', JSON.stringify({ prompt: 'hi', author: 'y'.repeat(MAX_TURN_BODY_BYTES) }), 413],
    ['a viewport that is not a box', JSON.stringify({ prompt: 'hi', viewport: { x: 0 } }), 400],
  ])('%s → %i', async (_label, body, status) => {
    const response = await post(newRoomId(), 'agent', body)
    expect(response.status).toBe(status)
    const json = (await response.json()) as { error: string }
    expect(json.error.length).toBeGreaterThan(10)
  })

  it('answers other methods and unknown endpoints with 405 and 404', async () => {
    const roomId = newRoomId()
    expect((await fetch(server.url + roomEndpoints(roomId).agent)).status).toBe(405)
    expect((await fetch(server.url + `/parties/main/${roomId}/nope`)).status).toBe(404)
  })
})

describe('turns', () => {
  it('runs one at a time, stops on request, and keeps the board consistent', async () => {
    const roomId = newRoomId()
    const first = await post(roomId, 'agent', JSON.stringify({ prompt: 'hang please' }))
    expect(first.status).toBe(200)
    const second = await post(roomId, 'agent', JSON.stringify({ prompt: 'draw' }))
    expect(second.status).toBe(409)
    expect((await post(roomId, 'undo')).status).toBe(409)
    expect((await post(roomId, 'stop')).status).toBe(200)
    const done = (await drain(first)).at(-1)
    expect(done).toMatchObject({ event: 'done', data: { status: 'error', error: 'Stopped before it finished.' } })
    expect((await post(roomId, 'stop')).status).toBe(409)
  })

  it('undoes the last turn, and answers 409 when there is none left', async () => {
    const roomId = newRoomId()
    expect((await post(roomId, 'undo')).status).toBe(409)
    await drain(await post(roomId, 'agent', JSON.stringify({ prompt: 'a red circle' })))
    expect(await shapeCount(roomId)).toBe(1)
    const undo = await post(roomId, 'undo')
    expect(undo.status).toBe(200)
    expect(await undo.json()).toMatchObject({ reverted: 1, kept: 0 })
    expect(await shapeCount(roomId)).toBe(0)
    expect((await post(roomId, 'undo')).status).toBe(409)
  })

  it(`allows ${TURNS_PER_MINUTE} turns a minute in a room, then 429 with Retry-After`, async () => {
    const roomId = newRoomId()
    for (let i = 0; i < TURNS_PER_MINUTE; i++) {
      const response = await post(roomId, 'agent', JSON.stringify({ prompt: `circle ${i}` }))
      expect(response.status).toBe(200)
      await drain(response)
    }
    const limited = await post(roomId, 'agent', JSON.stringify({ prompt: 'one more' }))
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // Other rooms are not affected.
    const elsewhere = await post(newRoomId(), 'agent', JSON.stringify({ prompt: 'elsewhere' }))
    expect(elsewhere.status).toBe(200)
    await drain(elsewhere)
  })
})
