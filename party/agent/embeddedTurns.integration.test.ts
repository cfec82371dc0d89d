/**
 * The user stories of the offline agent, through the real room server and HTTP API with the
 * embedded sketch model (no key, no network): each request changes the board as a person would
 * expect, and the chat records the conversation.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAgentEvents, type DoneEvent } from '../../shared/agentProtocol'
import type { ChatMessage } from '../../shared/chat'
import { roomEndpoints } from '../../shared/endpoints'
import { newRoomId } from '../../shared/roomId'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { fetchRecords } from '../../e2e/support/yjsClient'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server?.dispose())

async function turn(roomId: string, prompt: string): Promise<DoneEvent> {
  const response = await fetch(server.url + roomEndpoints(roomId).agent, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt, viewport: { x: 0, y: 0, w: 1200, h: 800 } }),
  })
  expect(response.status).toBe(200)
  let done: DoneEvent | undefined
  for await (const event of readAgentEvents(response.body!)) if (event.event === 'done') done = event.data
  if (!done) throw new Error('no done event')
  return done
}

type Shape = TLRecord & { type: string; props: Record<string, unknown> }
const shapes = async (roomId: string) => (await fetchRecords(server.url, roomId)).filter((r): r is Shape => r.typeName === 'shape')

describe('the embedded sketch model, end to end', () => {
  it('draws, recolours and deletes as asked, in one conversation', async () => {
    const roomId = newRoomId()

    expect(await turn(roomId, 'three red circles in a row')).toMatchObject({ status: 'ok', shapesCreated: 3 })
    let board = await shapes(roomId)
    const circles = board.filter((s) => s.type === 'geo' && s.props.geo === 'ellipse')
    expect(circles).toHaveLength(3)
    expect(new Set(circles.map((c) => c.props.color))).toEqual(new Set(['red']))
    expect(new Set(circles.map((c) => (c as { y: number }).y)).size).toBe(1) // a row

    expect(await turn(roomId, 'a house with a tree')).toMatchObject({ status: 'ok' })
    expect((await shapes(roomId)).length).toBeGreaterThan(6)

    expect(await turn(roomId, 'sticky notes: milk, eggs, bread')).toMatchObject({ status: 'ok', shapesCreated: 3 })
    board = await shapes(roomId)
    expect(board.filter((s) => s.type === 'note')).toHaveLength(3)

    expect(await turn(roomId, 'make the circles blue')).toMatchObject({ status: 'ok', shapesUpdated: 3 })
    board = await shapes(roomId)
    expect(board.filter((s) => s.type === 'geo' && s.props.geo === 'ellipse' && s.props.color === 'blue')).toHaveLength(3)

    const before = board.length
    expect(await turn(roomId, 'delete all the sticky notes')).toMatchObject({ status: 'ok', shapesDeleted: 3 })
    board = await shapes(roomId)
    expect(board.filter((s) => s.type === 'note')).toHaveLength(0)
    expect(board).toHaveLength(before - 3)

    const chat = (await (await fetch(server.url + roomEndpoints(roomId).chat)).json()) as { messages: ChatMessage[] }
    expect(chat.messages).toHaveLength(10)
    expect(chat.messages.filter((m) => m.role === 'assistant').every((m) => m.status === 'done' && m.model?.offline)).toBe(true)
  })
})
