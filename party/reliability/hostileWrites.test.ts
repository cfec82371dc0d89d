/**
 * The write gate against the real room server: a hostile client sends each write of issue 9
 * (lists 1–4) over a bare socket. Each is refused with a notice to that socket; the other devices,
 * `GET …/records` and `GET …/chat` are unchanged; the room keeps serving; the board is intact
 * after a restart; and the next turn's request to the model (a local OpenAI-compatible server)
 * carries nothing a client wrote into the chat. One server and one room for all cases, to keep
 * the suite fast.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roomEndpoints } from '../../shared/endpoints'
import { newRoomId } from '../../shared/roomId'
import { updateFrame } from '../../e2e/support/inProcessClient'
import { startScriptedModelServer, isFollowUp, type ScriptedModelServer } from '../../e2e/support/scriptedModelServer'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { canonical } from './support/boardState'
import { honestPair, type HonestPair } from './support/honestPair'
import { FORGED_TEXT, hostileUpdate, HOSTILE_CASES } from './support/hostileCases'
import { PROVIDER_CHUNK_BYTES, RawSocket } from './support/rawSocket'
import { runAgentTurn } from './support/agentTurn'

let model: ScriptedModelServer
let server: TestServer
let pair: HonestPair
const roomId = newRoomId()

beforeAll(async () => {
  model = await startScriptedModelServer({
    script: (request) =>
      isFollowUp(request)
        ? { kind: 'stream', text: 'Done.' }
        : { kind: 'stream', text: 'A box. ', toolCalls: [{ name: 'create_shapes', arguments: JSON.stringify({ shapes: [{ type: 'geo', x: 0, y: 0, w: 80, h: 60, text: 'box' }] }) }] },
  })
  server = await startTestServer({ vars: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted-model', MODEL_IDLE_TIMEOUT_MS: '5000' } })
  pair = await honestPair(server, roomId)
  // Two shapes for the cases that need targets, and a chat and meta for the ones against them.
  await pair.stillWorking('setup-a')
  await pair.stillWorking('setup-b')
  expect((await runAgentTurn(server.url, roomId, 'draw a box')).status).toBe('ok')
})

afterAll(async () => {
  pair?.destroy()
  await server?.dispose()
  await model?.close()
})

const chat = async () => JSON.stringify(await (await fetch(new URL(roomEndpoints(roomId).chat, server.url))).json())

describe('every hostile write is refused whole', () => {
  it.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const board = await pair.settled()
    const chatBefore = await chat()
    const socket = await RawSocket.open(server.host, roomId)
    try {
      const frame = updateFrame(hostileUpdate(pair.a.doc, hostile))
      if (frame.length > PROVIDER_CHUNK_BYTES) socket.sendChunked(frame)
      else socket.send(frame)
      await socket.notice(hostile.notice)
      expect(socket.closed).toBeNull()
      expect(canonical(await pair.board())).toBe(board)
      expect(await chat()).toBe(chatBefore)
      await pair.stillWorking(hostile.name)
    } finally {
      socket.close()
    }
  })
})

describe('after the attacks', () => {
  it('the board and chat are intact after a restart', async () => {
    const board = await pair.settled()
    const chatBefore = await chat()
    pair.destroy()
    await server.stop()
    await server.start()
    expect(canonical(await pair.board())).toBe(board)
    expect(await chat()).toBe(chatBefore)
    pair = await honestPair(server, roomId)
    await pair.stillWorking('after the restart')
  })

  it('the next turn sends the model nothing a client forged', async () => {
    const asked = model.requests.length
    expect((await runAgentTurn(server.url, roomId, 'draw another box')).status).toBe('ok')
    const sent = JSON.stringify(model.requests.slice(asked))
    expect(sent).toContain('draw a box') // the history the room wrote is there
    expect(sent).not.toContain(FORGED_TEXT)
  })
})
