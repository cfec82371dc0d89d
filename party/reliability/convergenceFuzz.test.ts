/**
 * Convergence fuzz against the real room server: five Node Yjs clients apply seeded random edits
 * (create, move, resize, recolour, delete, bind arrows), drop off and reconnect at random, keep
 * editing while offline, and the agent draws in the middle. At the end every client and
 * `GET …/records` must hold the same records, and every record must pass tldraw's schema. A failing
 * seed is printed; replay it with `SEED=<n> npx vitest run party/reliability/convergenceFuzz`.
 * `npm test` runs a few short seeds; `npm run soak` many long ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DoneEvent } from '../../shared/agentProtocol'
import { allRecords } from '../../shared/doc'
import { newRoomId } from '../../shared/roomId'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { connectYjsClient, fetchRecords, type YjsClient } from '../../e2e/support/yjsClient'
import { runAgentTurn } from './support/agentTurn'
import { canonical, describeDifference, schemaErrors } from './support/boardState'
import { applyRandomEdit, type EditKind } from './support/fuzzEdits'
import { SeededRandom } from './support/seededRandom'
import { fuzzSeeds, SOAK } from './support/soak'

const CLIENTS = 5
const OPS = Number(process.env.FUZZ_OPS) || (SOAK ? 3_000 : 200)
const SEEDS = fuzzSeeds(SOAK ? 20 : 3)
/** Agent turns per seed, started at random moments (a room allows 12 a minute). */
const MAX_TURNS = SOAK ? 6 : 2
const PROMPTS = ['three red circles in a row', 'a house', 'draw a flowchart: Plan -> Build -> Ship', 'make the circles blue', 'remove the arrows', 'sticky notes: milk, eggs, bread']

const ACTIONS = { edit: 78, pause: 10, disconnect: 4, reconnect: 6, agent: 2 } as const
const EDITS: Record<EditKind, number> = { create: 30, move: 20, resize: 12, recolour: 12, delete: 10, bind: 12 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

interface FuzzLog {
  edits: number
  disconnects: number
  turns: DoneEvent[]
}

/** Runs one seed's schedule; returns the clients (still connected) and what happened. */
async function runSchedule(seed: number, roomId: string, clients: YjsClient[]): Promise<FuzzLog> {
  const random = new SeededRandom(seed)
  const online = clients.map(() => true)
  const log: FuzzLog = { edits: 0, disconnects: 0, turns: [] }
  const turns: Promise<void>[] = []
  let turnRunning = false
  for (let op = 0; op < OPS; op++) {
    const index = random.int(0, CLIENTS - 1)
    const client = clients[index]!
    switch (random.weighted(ACTIONS)) {
      case 'edit':
        if (applyRandomEdit(client.doc, random, random.weighted(EDITS), `f${seed}-${op}`)) log.edits++
        break
      case 'pause':
        await sleep(random.int(1, 15))
        break
      case 'disconnect':
        if (online[index]) {
          client.provider.disconnect()
          online[index] = false
          log.disconnects++
        }
        break
      case 'reconnect':
        if (!online[index]) {
          client.provider.connect()
          online[index] = true
        }
        break
      case 'agent':
        if (!turnRunning && turns.length < MAX_TURNS) {
          turnRunning = true
          turns.push(
            runAgentTurn(server.url, roomId, random.pick(PROMPTS)!).then((done) => {
              log.turns.push(done)
              turnRunning = false
            }),
          )
        }
        break
    }
    // Let the network deliver between operations, so edits interleave with arrivals.
    await new Promise((resolve) => setImmediate(resolve))
  }
  clients.forEach((client, i) => {
    if (!online[i]) client.provider.connect()
  })
  await Promise.all(turns)
  return log
}

async function fuzz(seed: number): Promise<void> {
  const roomId = newRoomId()
  const clients = Array.from({ length: CLIENTS }, () => connectYjsClient(server.host, roomId))
  try {
    await Promise.all(clients.map((client) => client.synced()))
    const reloadsBefore = server.reloads()
    const log = await runSchedule(seed, roomId, clients)
    let last = { server: '', differing: -1 }
    try {
      await waitFor(
        async () => {
          const records = await fetchRecords(server.url, roomId)
          const expected = canonical(records)
          const differing = clients.findIndex((client) => !client.provider.synced || canonical(allRecords(client.doc)) !== expected)
          last = { server: expected, differing }
          return differing === -1
        },
        { timeoutMs: 30_000, intervalMs: 100, message: 'every client to match GET /records' },
      )
    } catch (error) {
      const client = clients[last.differing]
      const detail = client ? describeDifference(allRecords(client.doc), JSON.parse(last.server || '[]')) : ''
      throw new Error(`client ${last.differing} vs the server: ${detail}`, { cause: error })
    }
    const records = await fetchRecords(server.url, roomId)
    expect(schemaErrors(records)).toEqual([])
    for (const done of log.turns) expect(done.status, JSON.stringify(done)).toBe('ok')
    expect(log.edits).toBeGreaterThan(OPS / 2)
    expect(server.reloads(), 'the room server reloaded mid-test (a source file changed); rerun').toBe(reloadsBefore)
  } finally {
    for (const client of clients) client.destroy()
  }
}

describe(`convergence fuzz: ${CLIENTS} clients, ${OPS} operations per seed`, () => {
  it.each(SEEDS)(
    'seed %i: every client and /records converge on the same valid records',
    async (seed) => {
      try {
        await fuzz(seed)
      } catch (error) {
        const replay = `SEED=${seed}${SOAK ? ' SOAK=1' : ''} npx vitest run party/reliability/convergenceFuzz.test.ts`
        console.error(`convergence fuzz failed for seed ${seed}; replay with: ${replay}`)
        throw new Error(`seed ${seed} (replay: ${replay}): ${error instanceof Error ? error.message : String(error)}`, { cause: error })
      }
    },
    SOAK ? 600_000 : 90_000,
  )
})
