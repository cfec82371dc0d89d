/**
 * The real `@ai-sdk/openai` provider, in the real room server, against a local OpenAI-compatible
 * server with scripted answers: tool calls draw, bad calls and failing or silent servers end the
 * turn with a clear error, the board stays intact and the room keeps serving.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAgentEvents, type AgentEvent } from '../../shared/agentProtocol'
import type { ChatMessage } from '../../shared/chat'
import { roomEndpoints } from '../../shared/endpoints'
import { newRoomId } from '../../shared/roomId'
import { startRoomServer, type RoomServer } from '../../scripts/roomServer'
import { isFollowUp, startScriptedModelServer, type ChatRequest, type ScriptedModelServer, type ScriptedReply } from '../../e2e/support/scriptedModelServer'

const API_KEY = 'sk-test-secret-key-123'

const twoBoxes = JSON.stringify({
  shapes: [
    { type: 'geo', id: 'idea', x: 100, y: 100, w: 160, h: 80, text: 'Idea', color: 'blue' },
    { type: 'geo', id: 'launch', x: 400, y: 100, w: 160, h: 80, text: 'Launch' },
  ],
})

/** Answers by the case named in the user's prompt and by step. */
function script(request: ChatRequest): ScriptedReply {
  const prompt = String(request.messages.findLast((message) => message.role === 'user')?.content ?? '')
  const step = request.messages.filter((message) => message.role === 'tool').length
  if (prompt.includes('case:500')) return { kind: 'status', status: 500 }
  if (prompt.includes('case:hang')) return { kind: 'hang' }
  if (prompt.includes('case:malformed')) {
    if (isFollowUp(request)) return { kind: 'stream', text: 'Sorry, that call was broken.' }
    // One complete shape (drawn while streaming), then the JSON breaks: the call is refused whole.
    return { kind: 'stream', toolCalls: [{ name: 'create_shapes', arguments: '{"shapes":[{"type":"geo","x":0,"y":0,"w":50,"h":50},{"type":"geo","x":' }] }
  }
  if (prompt.includes('case:invalid')) {
    if (isFollowUp(request)) return { kind: 'stream', text: 'I could not draw that.' }
    return { kind: 'stream', toolCalls: [{ name: 'create_shapes', arguments: JSON.stringify({ shapes: [{ type: 'geo', x: 0, y: 0, w: -5, h: 10 }] }) }] }
  }
  if (step === 0) return { kind: 'stream', text: 'Drawing two boxes. ', toolCalls: [{ name: 'create_shapes', arguments: twoBoxes }] }
  if (step === 1) return { kind: 'stream', toolCalls: [{ name: 'create_arrows', arguments: JSON.stringify({ arrows: [{ from: 'idea', to: 'launch' }] }) }] }
  return { kind: 'stream', text: 'Done: Idea leads to Launch.' }
}

let model: ScriptedModelServer
let server: RoomServer
let dataDir: string

beforeAll(async () => {
  model = await startScriptedModelServer({ script })
  dataDir = mkdtempSync(path.join(tmpdir(), 'sketchroom-openai-'))
  server = await startRoomServer({
    persistDir: dataDir,
    vars: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted-model', MODEL_IDLE_TIMEOUT_MS: '5000' },
  })
})

afterAll(async () => {
  await server?.stop()
  await model?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function turn(roomId: string, prompt: string): Promise<{ events: AgentEvent[]; raw: string }> {
  const response = await fetch(server.url + roomEndpoints(roomId).agent, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt, author: 'Tester' }),
  })
  expect(response.status).toBe(200)
  const [forEvents, forText] = response.body!.tee()
  const events: AgentEvent[] = []
  for await (const event of readAgentEvents(forEvents)) events.push(event)
  return { events, raw: await new Response(forText).text() }
}

async function records(roomId: string): Promise<{ id: string; typeName: string; type?: string }[]> {
  const response = await fetch(server.url + roomEndpoints(roomId).records)
  return ((await response.json()) as { records: { id: string; typeName: string; type?: string }[] }).records
}

async function chat(roomId: string): Promise<ChatMessage[]> {
  const response = await fetch(server.url + roomEndpoints(roomId).chat)
  return ((await response.json()) as { messages: ChatMessage[] }).messages
}

const doneOf = (events: AgentEvent[]) => {
  const last = events.at(-1)
  if (last?.event !== 'done') throw new Error(`the stream did not end with done: ${JSON.stringify(last)}`)
  return last.data
}

describe('a turn through @ai-sdk/openai', () => {
  it('draws with tool calls over several steps and streams its answer', async () => {
    const roomId = newRoomId()
    const { events, raw } = await turn(roomId, 'draw Idea and Launch connected')
    expect(events[0]?.event).toBe('turn')
    expect(doneOf(events)).toMatchObject({ status: 'ok', shapesCreated: 3 })
    expect(events.filter((e) => e.event === 'text').map((e) => (e.data as { delta: string }).delta).join('')).toContain('Done: Idea leads to Launch.')

    const board = await records(roomId)
    expect(board.filter((r) => r.type === 'geo')).toHaveLength(2)
    expect(board.filter((r) => r.typeName === 'shape' && r.type === 'arrow')).toHaveLength(1)
    expect(board.filter((r) => r.typeName === 'binding')).toHaveLength(2)

    const messages = await chat(roomId)
    expect(messages.map((m) => [m.role, m.status])).toEqual([['user', 'done'], ['assistant', 'done']])
    expect(messages[1]?.toolCalls.map((call) => [call.name, call.status])).toEqual([['create_shapes', 'done'], ['create_arrows', 'done']])
    expect(messages[1]?.model).toEqual({ id: 'scripted-model', provider: 'openai', offline: false })

    // The key went to the model server and nowhere else.
    expect(model.requests.at(-1)?.authorization).toBe(`Bearer ${API_KEY}`)
    const everythingClientsSee = raw + JSON.stringify(messages) + JSON.stringify(board)
    expect(everythingClientsSee).not.toContain(API_KEY)
  })

  it.each([
    ['malformed JSON arguments', 'case:malformed'],
    ['arguments that break the schema', 'case:invalid'],
  ])('answers %s with an error to the model and changes nothing', async (_label, prompt) => {
    const roomId = newRoomId()
    const before = await records(roomId)
    const { events } = await turn(roomId, prompt)
    expect(doneOf(events)).toMatchObject({ status: 'ok', shapesCreated: 0 })
    expect(await records(roomId)).toEqual(before)
    const answer = (await chat(roomId))[1]
    expect(answer?.toolCalls.map((call) => call.status)).toEqual(['error'])
    expect(answer?.text).toMatch(/broken|could not/)
    // The model saw the error as the result of its call.
    const followUp = model.requests.findLast((request) => JSON.stringify(request.messages).includes(prompt) && isFollowUp(request))
    expect(followUp).toBeDefined()
  })

  it('ends with a clear error when the model server fails, and the room keeps serving', async () => {
    const roomId = newRoomId()
    const before = await records(roomId)
    const { events } = await turn(roomId, 'case:500')
    const done = doneOf(events)
    expect(done.status).toBe('error')
    expect(done.error).toMatch(/HTTP 500/)
    expect(await records(roomId)).toEqual(before)
    const answer = (await chat(roomId))[1]
    expect(answer).toMatchObject({ status: 'error' })
    expect(answer?.error).toMatch(/HTTP 500/)
    // A next turn starts fine.
    expect(doneOf((await turn(roomId, 'draw Idea and Launch connected')).events).status).toBe('ok')
  })

  it('gives up on a model that stops sending', async () => {
    const roomId = newRoomId()
    const { events } = await turn(roomId, 'case:hang')
    const done = doneOf(events)
    expect(done.status).toBe('error')
    expect(done.error).toMatch(/sent nothing for 5 s/)
    expect((await chat(roomId))[1]).toMatchObject({ status: 'error' })
  })
})

describe('a model server that is down', () => {
  it('ends the turn with an error saying it could not be reached', async () => {
    const closed = await startScriptedModelServer({ script: () => ({ kind: 'stream', text: 'unused' }) })
    await closed.close()
    const dir = mkdtempSync(path.join(tmpdir(), 'sketchroom-down-'))
    const down = await startRoomServer({ persistDir: dir, vars: { OPENAI_BASE_URL: closed.baseUrl } })
    try {
      const roomId = newRoomId()
      const response = await fetch(down.url + roomEndpoints(roomId).agent, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'draw a box' }) })
      const events: AgentEvent[] = []
      for await (const event of readAgentEvents(response.body!)) events.push(event)
      const done = doneOf(events)
      expect(done.status).toBe('error')
      expect(done.error).toMatch(/Could not reach the model server|failed/)
    } finally {
      await down.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
