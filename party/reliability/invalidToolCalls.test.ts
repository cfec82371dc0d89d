/**
 * A model that sends invalid tool calls, through a local OpenAI-compatible server and the real
 * room: malformed JSON, arguments that break the tool's schema, a tool that does not exist, a
 * reference to a shape that is not there, a program that does not parse. Each is answered to the
 * model as an error it can read, the board does not change, and the turn still ends cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newRoomId } from '../../shared/roomId'
import { isFollowUp, startScriptedModelServer, type ScriptedModelServer, type ScriptedToolCall } from '../../e2e/support/scriptedModelServer'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { runAgentTurn } from './support/agentTurn'
import { canonical } from './support/boardState'
import { honestPair } from './support/honestPair'

const INVALID_CALLS: ScriptedToolCall[] = [
  { name: 'create_shapes', arguments: '{"shapes": [{"type": "geo", "x": 0' },
  { name: 'create_shapes', arguments: JSON.stringify({ shapes: [{ type: 'geo', x: 0, y: 0, w: -5, h: 10 }] }) },
  { name: 'create_shapes', arguments: JSON.stringify({ shapes: [{ type: 'hologram', x: 0, y: 0 }] }) },
  { name: 'create_shapes', arguments: JSON.stringify({ shapes: [] }) },
  { name: 'explode_board', arguments: '{}' },
  { name: 'update_shapes', arguments: JSON.stringify({ updates: [{ id: 'not-on-the-board', x: 10 }] }) },
  { name: 'delete_shapes', arguments: '"everything"' },
  { name: 'run_code', arguments: JSON.stringify({ code: 'for (;;' }) },
]

let model: ScriptedModelServer
let server: TestServer

beforeAll(async () => {
  model = await startScriptedModelServer({
    // Two invalid calls a step, then a valid one: three failures in a row would end the turn (a rule of its own).
    script: (request) => {
      const step = request.messages.filter((message) => message.role === 'assistant').length
      const calls = INVALID_CALLS.slice(step * 2, step * 2 + 2)
      if (calls.length === 0) return { kind: 'stream', text: 'Those calls failed; nothing was drawn.' }
      return { kind: 'stream', toolCalls: [...calls, { name: 'think', arguments: JSON.stringify({ thought: 'fix the calls' }) }] }
    },
  })
  server = await startTestServer({ vars: { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted' } })
})

afterAll(async () => {
  await server?.dispose()
  await model?.close()
})

describe('invalid tool calls from the model', () => {
  it('are answered as errors and change nothing', async () => {
    const roomId = newRoomId()
    const pair = await honestPair(server, roomId)
    try {
      await pair.stillWorking('setup')
      const board = await pair.settled()
      const asked = model.requests.length
      const done = await runAgentTurn(server.url, roomId, 'draw something, badly')
      expect(done).toMatchObject({ status: 'ok', shapesCreated: 0, shapesUpdated: 0, shapesDeleted: 0 })
      expect(canonical(await pair.board())).toBe(board)

      // The model was asked again after each step, with an error result for each invalid call.
      const last = model.requests.slice(asked).findLast(isFollowUp)
      expect(last).toBeDefined()
      const results = (last?.messages ?? []).filter((message) => message.role === 'tool' && message.content !== 'noted')
      expect(results).toHaveLength(INVALID_CALLS.length)
      for (const result of results) expect(JSON.stringify(result.content)).toMatch(/Invalid input for|There is no tool named|nothing was changed/)
      await pair.stillWorking('the turn')
    } finally {
      pair.destroy()
    }
  })
})
