/**
 * Hostile requests to a room's HTTP API on the real server: bad JSON, JSON of the wrong shape,
 * oversized prompts and bodies, wrong methods and paths. Each gets a 4xx with a JSON error that
 * says what to do; no turn starts; the board and the chat do not change; devices keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roomEndpoints } from '../../shared/endpoints'
import { MAX_PROMPT_CHARS } from '../../shared/limits'
import { newRoomId } from '../../shared/roomId'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { canonical } from './support/boardState'
import { honestPair } from './support/honestPair'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

const BAD_BODIES: [label: string, body: string, status: number][] = [
  ['truncated JSON', '{"prompt": ', 400],
  ['not JSON at all', 'draw a house', 400],
  ['an empty body', '', 400],
  ['a NUL byte', '\u0000', 400],
  ['a JSON array', '["draw a house"]', 400],
  ['JSON null', 'null', 400],
  ['a JSON string', '"draw a house"', 400],
  ['a prompt that is an array', '{"prompt": ["draw", "a house"]}', 400],
  ['a prompt that is an object', '{"prompt": {"text": "draw"}}', 400],
  ['a blank prompt', '{"prompt": "\\n\\t  "}', 400],
  ['a viewport that is text', '{"prompt": "hi", "viewport": "everywhere"}', 400],
  ['a viewport with infinite size', '{"prompt": "hi", "viewport": {"x": 0, "y": 0, "w": 1e999, "h": 1}}', 400],
  ['too many selected ids', JSON.stringify({ prompt: 'hi', selectedIds: Array.from({ length: 501 }, (_, i) => `s${i}`) }), 400],
  ['deeply nested JSON', `{"prompt": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`, 400],
  ['a prompt over the limit', JSON.stringify({ prompt: 'x'.repeat(MAX_PROMPT_CHARS + 1) }), 413],
  ['a prompt far over the limit, in emoji', JSON.stringify({ prompt: '🦄'.repeat(MAX_PROMPT_CHARS) }), 413],
  ['a 5 MB body', JSON.stringify({ prompt: 'hi', author: 'y'.repeat(5_000_000) }), 413],
]

describe('hostile HTTP requests get clear errors and change nothing', () => {
  it('bad bodies, wrong methods and unknown paths', async () => {
    const roomId = newRoomId()
    const pair = await honestPair(server, roomId)
    try {
      await pair.stillWorking('setup')
      const board = await pair.settled()
      const endpoints = roomEndpoints(roomId)
      const chat = async () => (await fetch(server.url + endpoints.chat)).text()
      const chatBefore = await chat()

      for (const [label, body, status] of BAD_BODIES) {
        const response = await fetch(server.url + endpoints.agent, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        expect(response.status, label).toBe(status)
        const json = (await response.json()) as { error?: unknown }
        expect(typeof json.error === 'string' && json.error.length > 10, `${label}: ${JSON.stringify(json)}`).toBe(true)
      }
      const wrong = [
        await fetch(server.url + endpoints.agent, { method: 'GET' }),
        await fetch(server.url + endpoints.records, { method: 'POST', body: '{}' }),
        await fetch(server.url + endpoints.records, { method: 'DELETE' }),
        await fetch(`${server.url}${endpoints.records}/../../other`),
        await fetch(`${server.url}${endpoints.agent}/nope`, { method: 'POST', body: '{}' }),
      ]
      expect(wrong.map((response) => response.status)).toEqual([405, 405, 405, 404, 404])

      expect(canonical(await pair.board())).toBe(board)
      expect(await chat()).toBe(chatBefore)
      await pair.stillWorking('the hostile requests')
    } finally {
      pair.destroy()
    }
  })
})
