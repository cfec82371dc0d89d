/**
 * create_diagram through the real `@ai-sdk/openai` provider in the real room server, against the
 * local scripted OpenAI-compatible server streaming in small chunks: nodes appear on another device
 * before the call ends; sloppy small-model arguments draw; an invalid call changes nothing and goes
 * back to the model as an error; an edit turn keeps the node shapes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TLArrowBinding, TLRecord, TLShape } from '@tldraw/tlschema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAgentEvents, type AgentEvent } from '../../shared/agentProtocol'
import type { ChatMessage } from '../../shared/chat'
import { roomEndpoints } from '../../shared/endpoints'
import { newRoomId } from '../../shared/roomId'
import { startRoomServer, type RoomServer } from '../../scripts/roomServer'
import { isFollowUp, startScriptedModelServer, type ChatRequest, type ScriptedModelServer, type ScriptedReply } from '../../e2e/support/scriptedModelServer'
import { connectYjsClient, fetchRecords } from '../../e2e/support/yjsClient'
import { parseDiagramSummary } from './diagramSummary'

const steps = ['Open app', 'Logged in?', 'Dashboard', 'Login form', 'Submit', 'Valid?', 'Error', 'Done']
const flowchart = JSON.stringify({
  kind: 'flowchart',
  title: 'Login',
  nodes: steps.map((label) => ({ label })),
  edges: ['Open app -> Logged in?', 'Logged in? -> Dashboard: yes', 'Logged in? -> Login form: no', 'Login form -> Submit', 'Submit -> Valid?', 'Valid? -> Dashboard: yes', 'Valid? -> Error: no', 'Dashboard -> Done'],
})
// What an 8B model writes: a kind synonym, nested children, plain strings, a direction code.
const sloppy = '{"type":"org chart","direction":"TB","root":{"name":"CEO","children":[{"title":"CTO","children":["Dev 1","Dev 2"]},"CFO"]}}'

function script(request: ChatRequest): ScriptedReply {
  const prompt = String(request.messages.findLast((message) => message.role === 'user')?.content ?? '')
  if (isFollowUp(request)) return { kind: 'stream', text: JSON.stringify(request.messages.at(-1)?.content ?? '').includes('rror') ? 'That did not work.' : 'Done.' }
  if (prompt.includes('case:flow')) return { kind: 'stream', toolCalls: [{ name: 'create_diagram', arguments: flowchart }] }
  if (prompt.includes('case:sloppy')) return { kind: 'stream', toolCalls: [{ name: 'create_diagram', arguments: sloppy }] }
  // Valid nodes stream (and draw), then a field no schema forgives: the whole call is refused.
  if (prompt.includes('case:invalid')) return { kind: 'stream', toolCalls: [{ name: 'create_diagram', arguments: '{"kind":"flowchart","nodes":["A","B","C","D"],"edges":42}' }] }
  if (prompt.includes('case:edit')) {
    // The model reads the diagram from its prompt and sends it back with one step more.
    const system = String(request.messages.find((message) => message.role === 'system')?.content ?? '')
    const [diagram] = parseDiagramSummary(system)
    if (!diagram) return { kind: 'stream', text: 'No diagram found.' }
    const edited = { ...diagram.spec, diagram: diagram.id, nodes: [...diagram.spec.nodes, { label: 'Review' }], edges: [...(diagram.spec.edges ?? []), { from: 'Submit', to: 'Review' }] }
    return { kind: 'stream', toolCalls: [{ name: 'create_diagram', arguments: JSON.stringify(edited) }] }
  }
  return { kind: 'stream', text: 'unknown case' }
}

let model: ScriptedModelServer
let server: RoomServer
let dataDir: string

beforeAll(async () => {
  model = await startScriptedModelServer({ script, charsPerChunk: 6, chunkDelayMs: 10 })
  dataDir = mkdtempSync(path.join(tmpdir(), 'sketchroom-diagram-'))
  server = await startRoomServer({ persistDir: dataDir, startTimeoutMs: 240_000, vars: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted-model', MODEL_IDLE_TIMEOUT_MS: '10000' } })
})

afterAll(async () => {
  await server?.stop()
  await model?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function turn(roomId: string, prompt: string): Promise<AgentEvent[]> {
  const response = await fetch(server.url + roomEndpoints(roomId).agent, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt, author: 'Tester' }) })
  expect(response.status).toBe(200)
  const events: AgentEvent[] = []
  for await (const event of readAgentEvents(response.body!)) events.push(event)
  return events
}

const nodeShapes = (records: TLRecord[]) => records.filter((r): r is TLShape => r.typeName === 'shape' && String((r as TLShape).meta.key ?? '').startsWith('node:'))
const chat = async (roomId: string) => ((await (await fetch(server.url + roomEndpoints(roomId).chat)).json()) as { messages: ChatMessage[] }).messages

function expectBound(records: TLRecord[]) {
  const bindings = records.filter((r): r is TLArrowBinding => r.typeName === 'binding')
  for (const arrow of records.filter((r) => r.typeName === 'shape' && (r as TLShape).type === 'arrow')) {
    expect(bindings.filter((binding) => binding.fromId === arrow.id)).toHaveLength(2)
  }
}

describe('create_diagram through @ai-sdk/openai', () => {
  it('draws a streamed flowchart progressively on another device, then keeps its shapes on an edit turn', async () => {
    const roomId = newRoomId()
    const device = connectYjsClient(server.url.replace('http://', ''), roomId)
    await device.synced()
    const counts: number[] = []
    device.doc.on('afterTransaction', () => counts.push(nodeShapes([...device.records.map.values()].map((entry) => entry.val)).length))
    try {
      const events = await turn(roomId, 'case:flow')
      expect(events.at(-1)).toMatchObject({ event: 'done', data: { status: 'ok' } })
      const board = await fetchRecords(server.url, roomId)
      expect(nodeShapes(board), JSON.stringify((await chat(roomId))[1]?.toolCalls)).toHaveLength(steps.length)
      expectBound(board)
      // The other device saw part of the diagram before the whole of it.
      expect(counts.some((count) => count > 0 && count < steps.length)).toBe(true)

      const before = new Map(nodeShapes(board).map((shape) => [shape.meta.key, shape.id]))
      expect((await turn(roomId, 'case:edit')).at(-1)).toMatchObject({ event: 'done', data: { status: 'ok' } })
      const after = await fetchRecords(server.url, roomId)
      expect(nodeShapes(after)).toHaveLength(steps.length + 1)
      for (const shape of nodeShapes(after)) if (before.has(shape.meta.key)) expect(shape.id).toBe(before.get(shape.meta.key))
      expectBound(after)
    } finally {
      device.destroy()
    }
  })

  it('draws sloppy small-model arguments', async () => {
    const roomId = newRoomId()
    expect((await turn(roomId, 'case:sloppy')).at(-1)).toMatchObject({ event: 'done', data: { status: 'ok' } })
    const labels = nodeShapes(await fetchRecords(server.url, roomId)).map((shape) => String(shape.meta.key).slice(5)).sort()
    expect(labels).toEqual(['CEO', 'CFO', 'CTO', 'Dev 1', 'Dev 2'])
    expect((await chat(roomId))[1]?.toolCalls.map((call) => call.status)).toEqual(['done'])
  })

  it('answers an invalid call with an error to the model and changes nothing', async () => {
    const roomId = newRoomId()
    const before = await fetchRecords(server.url, roomId)
    const events = await turn(roomId, 'case:invalid')
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { status: 'ok', shapesCreated: 0 } })
    expect(await fetchRecords(server.url, roomId)).toEqual(before)
    const answer = (await chat(roomId))[1]
    expect(answer?.toolCalls.map((call) => call.status)).toEqual(['error'])
    expect(answer?.text).toContain('did not work')
  })
})
