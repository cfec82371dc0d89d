/**
 * Heavy built-ins in workerd, through a real agent turn: a local OpenAI-compatible model asks for
 * run_code with programs that once held the room (and, locally, every room: they share workerd's
 * one thread) for many times their limit, while a device keeps asking ANOTHER room for its board.
 * Each program ends with a limit error, and the other room's answers wait no longer behind them
 * than behind a plain endless loop, the case QuickJS's interrupt checks have always bounded (a
 * yardstick measured in the same run, so the test holds on a loaded machine).
 */
import { get } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roomEndpoints } from '../../shared/endpoints'
import { SANDBOX_TIME_MARGIN_MS } from '../../shared/limits'
import { newRoomId } from '../../shared/roomId'
import { fetchWhenUp } from '../../e2e/support/http'
import { isFollowUp, startScriptedModelServer, type ScriptedModelServer } from '../../e2e/support/scriptedModelServer'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { runAgentTurn } from '../reliability/support/agentTurn'

const PROGRAMS = [
  // The case: indexOf on an 8 MB string, 1,500 times.
  "const big = 'ab'.repeat(4e6) + 'c'; let n = 0; for (let i = 0; i < 1500; i++) n += big.indexOf('zz'); return n",
  // Smaller calls that add up, each caught.
  "const big = 'ab'.repeat(5e5); let n = 0; for (let i = 0; i < 1500; i++) { try { n += big.split('b').length } catch {} } return n",
  'const a = []; for (let i = 0; i < 2e5; i++) a.push(i); for (let i = 0; i < 1500; i++) { try { a.sort() } catch {} } return a[0]',
]

/**
 * GETs `url` on a new connection and reads the whole answer; resolves to the status. (A kept-alive
 * connection can be closed by the server just as the next request goes out on it.)
 */
function getOnFreshConnection(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: 60_000 }, (response) => {
      response.on('data', () => undefined)
      response.on('end', () => resolve(response.statusCode ?? 0))
      response.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error('timed out')))
    request.on('error', reject)
  })
}

let model: ScriptedModelServer
let server: TestServer

beforeAll(async () => {
  model = await startScriptedModelServer({
    script: (request) => {
      if (isFollowUp(request)) return { kind: 'stream', text: 'The programs were stopped.' }
      const baseline = JSON.stringify(request.messages.at(-1)?.content ?? '').includes('baseline')
      const programs = baseline ? ['for (;;) {}'] : PROGRAMS
      return { kind: 'stream', toolCalls: programs.map((code) => ({ name: 'run_code', arguments: JSON.stringify({ code }) })) }
    },
  })
  server = await startTestServer({ vars: { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted' } })
})

afterAll(async () => {
  await server?.dispose()
  await model?.close()
})

/** Runs a turn in `busyRoom` while asking `otherRoom` for its board back to back; returns the turn and the longest wait. */
async function turnWhileAsking(busyRoom: string, otherRoom: string, prompt: string) {
  const recordsUrl = new URL(roomEndpoints(otherRoom).records, server.url)
  const waits: number[] = []
  let turnOver = false
  const asking = (async () => {
    while (!turnOver) {
      const sentAt = performance.now()
      const status = await getOnFreshConnection(recordsUrl).catch((error: unknown) => {
        throw new Error(`GET records of the other room failed (${String(error)}); the server said:\n${server.output().slice(-3_000)}`)
      })
      expect(status).toBe(200)
      waits.push(performance.now() - sentAt)
    }
  })()
  const asked = model.requests.length
  const done = await runAgentTurn(server.url, busyRoom, prompt).finally(() => {
    turnOver = true
  })
  await asking
  const followUp = model.requests.slice(asked).find(isFollowUp)
  const results = (followUp?.messages ?? []).filter((message) => message.role === 'tool').map((message) => JSON.stringify(message.content))
  return { done, results, answers: waits.length, longestWaitMs: Math.max(...waits) }
}

describe('heavy built-ins in workerd', () => {
  it('end with a limit error, and another room waits no longer than behind a plain endless loop', async () => {
    const otherRoom = newRoomId()
    expect((await fetchWhenUp(new URL(roomEndpoints(otherRoom).records, server.url))).ok).toBe(true)

    // The yardstick, in the same run on the same machine: an endless loop, which QuickJS's own
    // interrupt checks have always stopped at the limit.
    const baseline = await turnWhileAsking(newRoomId(), otherRoom, 'baseline: an endless loop')
    expect(baseline.results).toEqual([expect.stringMatching(/TimeLimitError.*nothing was changed/)])

    const heavy = await turnWhileAsking(newRoomId(), otherRoom, 'run the heavy programs')
    expect(heavy.done).toMatchObject({ status: 'ok', shapesCreated: 0 })
    expect(heavy.results).toHaveLength(PROGRAMS.length)
    for (const result of heavy.results) expect(result).toMatch(/(TimeLimitError|MemoryLimitError).*nothing was changed/)

    // Each program holds the thread about as long as the endless loop does (before the meter, the
    // first one alone held every room for ~14 s against the loop's ~1 s). Twice the yardstick plus
    // the margin leaves room for noise on a loaded machine.
    console.info(`other room: longest wait ${heavy.longestWaitMs.toFixed(0)} ms behind the heavy programs (${heavy.answers} answers), ${baseline.longestWaitMs.toFixed(0)} ms behind the endless loop`)
    expect(heavy.answers).toBeGreaterThan(1)
    expect(heavy.longestWaitMs).toBeLessThan(2 * baseline.longestWaitMs + SANDBOX_TIME_MARGIN_MS)
  })
})
