/**
 * Server memory under connection churn: devices connect to a room, sync its board and leave, a
 * thousand times (more under soak). The room server's resident memory (its workerd processes,
 * from /proc) after the churn must stay near where it was after a warm-up of the same churn: what
 * a departed connection held is released. Measured: +16-18 MiB after 1,000 cycles (within the
 * tolerance), but +90 MiB after 5,000 under soak: about 18 KiB a cycle that is not returned, not
 * even after 35 s idle. Before the room answered close frames it was +141 MiB per 1,000 (every
 * departed socket lingered half-closed until the client's close timeout).
 */
import { createShapeId } from '@tldraw/tlschema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newRoomId } from '../../shared/roomId'
import { geoShape } from '../../e2e/support/records'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { connectYjsClient } from '../../e2e/support/yjsClient'
import { SOAK } from './support/soak'

const WARMUP_CYCLES = 300
const CYCLES = SOAK ? 5_000 : 1_000
const PARALLEL = 20
/** Growth allowed after the churn, over the warmed-up figure: garbage collection runs when it likes. */
const TOLERANCE_BYTES = 32 * 2 ** 20
const TOLERANCE_RATIO = 0.15

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

/** `count` devices connect, sync the board and leave, `PARALLEL` at a time. */
async function churn(roomId: string, count: number, shapes: number): Promise<void> {
  for (let done = 0; done < count; done += PARALLEL) {
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL, count - done) }, async () => {
        const client = connectYjsClient(server.host, roomId)
        try {
          await waitFor(() => client.provider.synced && client.records.map.size >= shapes, { timeoutMs: 15_000, intervalMs: 5 })
        } finally {
          client.destroy()
        }
      }),
    )
  }
}

/** The lowest of a few readings a moment apart: RSS jitters with allocation in flight. */
async function settledRss(): Promise<number> {
  const readings: number[] = []
  await waitFor(
    () => {
      readings.push(server.workerdRssBytes())
      return readings.length >= 5
    },
    { intervalMs: 200 },
  )
  return Math.min(...readings)
}

describe('memory under connection churn', () => {
  it(
    `${CYCLES.toLocaleString('en-US')} connect/sync/leave cycles leave the server's memory flat`,
    async () => {
      const roomId = newRoomId()
      const owner = connectYjsClient(server.host, roomId)
      await owner.synced()
      owner.doc.transact(() => {
        for (let i = 0; i < 20; i++) {
          const id = createShapeId(`churn-${i}`)
          owner.records.set(id, geoShape({ id, x: i * 10 }))
        }
      })
      const shapes = owner.records.map.size
      owner.destroy()

      const reloads = server.reloads()
      await churn(roomId, WARMUP_CYCLES, shapes)
      const warm = await settledRss()
      await churn(roomId, CYCLES, shapes)
      const after = await settledRss()
      const MiB = (bytes: number) => (bytes / 2 ** 20).toFixed(1)
      console.info(`workerd RSS: ${MiB(warm)} MiB after ${WARMUP_CYCLES} warm-up cycles, ${MiB(after)} MiB after ${CYCLES} more (${MiB(after - warm)} MiB)`)
      expect(server.reloads(), 'the room server reloaded mid-test (a source file changed); rerun').toBe(reloads)
      expect(warm).toBeGreaterThan(0)
      expect(after - warm).toBeLessThanOrEqual(Math.max(TOLERANCE_BYTES, warm * TOLERANCE_RATIO))
    },
    SOAK ? 900_000 : 120_000,
  )
})
