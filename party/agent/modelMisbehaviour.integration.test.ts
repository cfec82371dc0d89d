/**
 * Replays how real models misbehave, through the real room server and `@ai-sdk/openai`, against the
 * scripted OpenAI-compatible server: one transcript per misbehaviour (docs/models.md "What the room
 * repairs"), each checked on the board (GET records) and in the chat. The board is never left
 * half-changed: a case either draws what the model meant or changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAgentEvents, type AgentEvent, type DoneEvent } from '../../shared/agentProtocol'
import type { ChatMessage } from '../../shared/chat'
import { roomEndpoints } from '../../shared/endpoints'
import { MAX_ASSISTANT_TEXT_CHARS, MAX_FAILED_CALLS_IN_A_ROW } from '../../shared/limits'
import { newRoomId } from '../../shared/roomId'
import { startRoomServer, type RoomServer } from '../../scripts/roomServer'
import { isFollowUp, NO_TOOLS_REPLY, startScriptedModelServer, type ChatRequest, type ScriptedModelServer, type ScriptedReply } from '../../e2e/support/scriptedModelServer'

const box = { type: 'geo', x: 100, y: 100, w: 160, h: 80, text: 'Build' }
const nativeCall = { name: 'create_shapes', arguments: { shapes: [box] } }

/** The user's prompt of a request, and whether the model has seen tool results ("Tool results:" in text mode). */
function promptOf(request: ChatRequest): string {
  const content = request.messages.find((message) => message.role === 'user')?.content
  return typeof content === 'string' ? content : JSON.stringify(content)
}
const afterTools = (request: ChatRequest) => isFollowUp(request) || JSON.stringify(request.messages.at(-1)).includes('Tool results:')

const SCRIPTS: Record<string, (request: ChatRequest) => ScriptedReply> = {
  'string-numbers': (request) =>
    afterTools(request)
      ? { kind: 'stream', text: 'Drew a grey circle.' }
      : { kind: 'stream', toolCalls: [{ name: 'create_shapes', arguments: JSON.stringify({ shapes: { type: 'geo', geo: 'circle', x: '100', y: '120', width: '160', h: '80', color: 'gray', fill: 'filled', shadow: true } }) }] },
  'tag-call': (request) =>
    afterTools(request) ? { kind: 'stream', text: 'Done.' } : { kind: 'stream', text: `Drawing it.\n<tool_call>\n${JSON.stringify(nativeCall)}\n</tool_call>` },
  'fenced-call': (request) =>
    afterTools(request) ? { kind: 'stream', text: 'Done.' } : { kind: 'stream', text: `Drawing it.\n\`\`\`json\n${JSON.stringify(nativeCall, null, 2)}\n\`\`\`` },
  'bare-call': (request) =>
    afterTools(request) ? { kind: 'stream', text: 'Done.' } : { kind: 'stream', text: JSON.stringify({ name: 'create_shapes', parameters: { shapes: [box] } }) },
  'no-tools': (request) => {
    if (request.tools?.length) return NO_TOOLS_REPLY
    return afterTools(request) ? { kind: 'stream', text: 'Done in text mode.' } : { kind: 'stream', text: `<tool_call>${JSON.stringify(nativeCall)}</tool_call>` }
  },
  'unknown-tool': (request) =>
    afterTools(request) ? { kind: 'stream', text: 'Sorry, I used a wrong tool.' } : { kind: 'stream', toolCalls: [{ name: 'draw_box', arguments: JSON.stringify(box) }] },
  'always-invalid': () => ({ kind: 'stream', toolCalls: [{ name: 'create_shapes', arguments: JSON.stringify({ shapes: [{ ...box, w: -5 }] }) }] }),
  'huge-reply': () => ({ kind: 'stream', text: 'blah '.repeat(30_000), charsPerChunk: 1_000 }),
}

function script(request: ChatRequest): ScriptedReply {
  const name = /case:([\w-]+)/.exec(promptOf(request))?.[1] ?? ''
  const answer = SCRIPTS[name]
  if (!answer) return { kind: 'stream', text: `no script for ${name}` }
  return answer(request)
}

let model: ScriptedModelServer
let server: RoomServer
let dataDir: string

beforeAll(async () => {
  model = await startScriptedModelServer({ script, charsPerChunk: 7 })
  dataDir = mkdtempSync(path.join(tmpdir(), 'sketchroom-misbehaviour-'))
  server = await startRoomServer({
    persistDir: dataDir,
    vars: { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'tiny:1b', AI_TEMPERATURE: '0.2', AI_MAX_OUTPUT_TOKENS: '900', MODEL_IDLE_TIMEOUT_MS: '10000' },
  })
})

afterAll(async () => {
  await server?.stop()
  await model?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

interface Shape {
  id: string
  typeName: string
  type?: string
  x?: number
  props?: Record<string, unknown>
}

async function turn(roomId: string, prompt: string): Promise<{ done: DoneEvent; text: string }> {
  const response = await fetch(server.url + roomEndpoints(roomId).agent, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt }) })
  expect(response.status).toBe(200)
  const events: AgentEvent[] = []
  for await (const event of readAgentEvents(response.body!)) events.push(event)
  const last = events.at(-1)
  if (last?.event !== 'done') throw new Error(`no done event: ${JSON.stringify(last)}`)
  return { done: last.data, text: events.flatMap((event) => (event.event === 'text' ? [event.data.delta] : [])).join('') }
}

async function shapes(roomId: string): Promise<Shape[]> {
  const response = await fetch(server.url + roomEndpoints(roomId).records)
  return ((await response.json()) as { records: Shape[] }).records.filter((record) => record.typeName === 'shape')
}

async function answer(roomId: string): Promise<ChatMessage> {
  const response = await fetch(server.url + roomEndpoints(roomId).chat)
  const messages = ((await response.json()) as { messages: ChatMessage[] }).messages
  const last = messages.at(-1)
  if (last?.role !== 'assistant') throw new Error('no answer in the chat')
  return last
}

const requestsOf = (name: string) => model.requests.filter((request) => promptOf(request).includes(`case:${name}`))

describe('a sloppy model', () => {
  it('string numbers, a single object for a list, "circle", "gray" and unknown fields: repaired and drawn', async () => {
    const roomId = newRoomId()
    const { done } = await turn(roomId, 'case:string-numbers')
    expect(done).toMatchObject({ status: 'ok', shapesCreated: 1 })
    const [shape] = await shapes(roomId)
    expect(shape).toMatchObject({ type: 'geo', x: 100, props: { geo: 'ellipse', color: 'grey', fill: 'solid', w: 160, h: 80 } })
    const chat = await answer(roomId)
    expect(chat.toolCalls.map((call) => [call.name, call.status])).toEqual([['create_shapes', 'done']])
    expect(chat.text).toBe('Drew a grey circle.')
    // The settings reached the server.
    expect(requestsOf('string-numbers')[0]).toMatchObject({ temperature: 0.2, max_tokens: 900 })
  })

  it.each([
    ['a <tool_call> block', 'tag-call', 'Drawing it.\n'],
    ['a fenced json block', 'fenced-call', 'Drawing it.\n'],
    ['a bare JSON object', 'bare-call', ''],
  ])('a call written as %s runs as a call and never shows as JSON', async (_label, name, before) => {
    const roomId = newRoomId()
    const { done, text } = await turn(roomId, `case:${name}`)
    expect(done).toMatchObject({ status: 'ok', shapesCreated: 1 })
    expect((await shapes(roomId)).map((shape) => shape.props?.geo)).toEqual(['rectangle'])
    const chat = await answer(roomId)
    expect(chat.text).toBe(`${before}Done.`)
    expect(text).toBe(`${before}Done.`)
    expect(chat.toolCalls.map((call) => [call.name, call.status])).toEqual([['create_shapes', 'done']])
  })

  it('a server that refuses tools: the turn runs again in text mode, and the chat says so', async () => {
    const roomId = newRoomId()
    const { done } = await turn(roomId, 'case:no-tools')
    expect(done).toMatchObject({ status: 'ok', shapesCreated: 1 })
    expect(await shapes(roomId)).toHaveLength(1)
    const chat = await answer(roomId)
    expect(chat.model).toMatchObject({ id: 'tiny:1b', toolCalls: 'text' })
    expect(chat.text).toBe('Done in text mode.')
    const [refused, textMode, followUp] = requestsOf('no-tools')
    expect(refused?.tools?.length).toBeGreaterThan(0)
    expect(textMode?.tools).toBeUndefined()
    expect(JSON.stringify(textMode?.messages[0])).toContain('# Calling tools')
    expect(JSON.stringify(followUp?.messages)).toContain('Tool results:')
  })

  it('an unknown tool is answered with the tools there are, and changes nothing', async () => {
    const roomId = newRoomId()
    const { done } = await turn(roomId, 'case:unknown-tool')
    expect(done).toMatchObject({ status: 'ok', shapesCreated: 0 })
    expect(await shapes(roomId)).toEqual([])
    const chat = await answer(roomId)
    expect(chat.toolCalls).toMatchObject([{ name: 'draw_box', status: 'error' }])
    expect(chat.toolCalls[0]?.summary).toMatch(/no tool named "draw_box"/)
    expect(JSON.stringify(requestsOf('unknown-tool').at(-1)?.messages)).toMatch(/no tool named \\"draw_box\\".*create_shapes/)
  })

  it(`${MAX_FAILED_CALLS_IN_A_ROW} invalid calls in a row end the turn with a clear message and no change`, async () => {
    const roomId = newRoomId()
    const { done } = await turn(roomId, 'case:always-invalid')
    expect(done).toMatchObject({ status: 'error', shapesCreated: 0 })
    expect(done.error).toMatch(/3 failed tool calls in a row.*shapes\.0\.w/)
    expect(await shapes(roomId)).toEqual([])
    const chat = await answer(roomId)
    expect(chat.status).toBe('error')
    expect(chat.toolCalls.map((call) => call.status)).toEqual(['error', 'error', 'error'])
    expect(requestsOf('always-invalid')).toHaveLength(3)
    // Each refusal told the model what to fix.
    expect(JSON.stringify(requestsOf('always-invalid').at(-1)?.messages)).toContain('fix these fields and call create_shapes again')
  })

  it('a huge reply is cut in the chat, the turn ends and the board is untouched', async () => {
    const roomId = newRoomId()
    const { done } = await turn(roomId, 'case:huge-reply')
    expect(done.status).toBe('ok')
    expect(await shapes(roomId)).toEqual([])
    const chat = await answer(roomId)
    expect(chat.text.length).toBe(MAX_ASSISTANT_TEXT_CHARS)
  })

  it('reports the token usage in the done event and the chat', async () => {
    const roomId = newRoomId()
    const { done } = await turn(roomId, 'case:tag-call')
    expect(done.usage).toEqual({ inputTokens: 20, outputTokens: 20, totalTokens: 40 })
    expect((await answer(roomId)).usage).toEqual(done.usage)
  })
})
