/**
 * A crash mid-answer: the model has drawn and is still answering when the room server is killed
 * (SIGKILL, workerd included). After the restart no message is left "streaming" (the answer says
 * it was interrupted, so the panel shows Send again), Stop answers 409, and Undo reverts what the
 * interrupted turn drew.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAgentEvents } from '../../shared/agentProtocol'
import type { ChatMessage } from '../../shared/chat'
import { roomEndpoints } from '../../shared/endpoints'
import { newRoomId } from '../../shared/roomId'
import { INTERRUPTED_TEXT } from '../agent/chatLog'
import { startScriptedModelServer, isFollowUp, type ScriptedModelServer } from '../../e2e/support/scriptedModelServer'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { fetchRecords } from '../../e2e/support/yjsClient'

let model: ScriptedModelServer
let server: TestServer

beforeAll(async () => {
  model = await startScriptedModelServer({
    // Draws two boxes, then hangs mid-answer: the turn is running when the server dies.
    script: (request) =>
      isFollowUp(request)
        ? { kind: 'hang' }
        : { kind: 'stream', text: 'Drawing. ', toolCalls: [{ name: 'create_shapes', arguments: JSON.stringify({ shapes: [{ type: 'geo', id: 'one', x: 0, y: 0, w: 80, h: 60 }, { type: 'geo', id: 'two', x: 200, y: 0, w: 80, h: 60 }] }) }] },
  })
  server = await startTestServer({ vars: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted-model', MODEL_IDLE_TIMEOUT_MS: '60000' } })
})

afterAll(async () => {
  await server?.dispose()
  await model?.close()
})

const post = (roomId: string, path: 'stop' | 'undo') => fetch(new URL(roomEndpoints(roomId)[path], server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
const messages = async (roomId: string) => ((await (await fetch(new URL(roomEndpoints(roomId).chat, server.url))).json()) as { messages: ChatMessage[] }).messages
const shapeCount = async (roomId: string) => (await fetchRecords(server.url, roomId)).filter((record) => record.typeName === 'shape').length

describe('a crash mid-answer', () => {
  it('leaves no answer streaming, and the interrupted turn undoable', async () => {
    const roomId = newRoomId()
    const response = await fetch(new URL(roomEndpoints(roomId).agent, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'two boxes' }),
    })
    // Read the turn's events until both shapes are drawn and the model is asked to go on.
    for await (const event of readAgentEvents(response.body!)) {
      if (event.event === 'tool' && event.data.status === 'done') break
    }
    await waitFor(async () => (await shapeCount(roomId)) === 2 && model.requests.some(isFollowUp), { message: 'the turn to draw and keep answering' })
    expect((await messages(roomId)).some((message) => message.status === 'streaming')).toBe(true)

    await server.kill()
    await server.start()

    const after = await messages(roomId)
    expect(after.filter((message) => message.status === 'streaming')).toEqual([])
    expect(after.find((message) => message.role === 'assistant')).toMatchObject({ status: 'error', error: INTERRUPTED_TEXT })
    expect(await shapeCount(roomId)).toBe(2)
    expect((await post(roomId, 'stop')).status).toBe(409)
    const undo = await post(roomId, 'undo')
    expect(undo.status).toBe(200)
    expect(await shapeCount(roomId)).toBe(0)
  })
})
