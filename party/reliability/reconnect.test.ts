/**
 * A device that drops its connection and comes back (y-partykit's provider: `disconnect()`, edits
 * made offline, `connect()`) must be back in sync promptly. The provider opens a new socket only
 * once the old one has finished closing, so this also holds the room to answering a client's close
 * frame: a room that never does leaves the device waiting for its socket library's close timeout
 * (30 s in `ws`) before it can reconnect.
 */
import { createShapeId } from '@tldraw/tlschema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newRoomId } from '../../shared/roomId'
import { geoShape } from '../../e2e/support/records'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { connectYjsClient } from '../../e2e/support/yjsClient'

/** Far above a reconnect on loopback (tens of ms plus the provider's backoff), far below 30 s. */
const RECONNECT_DEADLINE_MS = 5_000

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

describe('reconnecting', () => {
  it('a device that goes offline, edits and comes back is in sync again within seconds', async () => {
    const roomId = newRoomId()
    const traveller = connectYjsClient(server.host, roomId)
    const other = connectYjsClient(server.host, roomId)
    try {
      await Promise.all([traveller.synced(), other.synced()])
      for (let trip = 0; trip < 2; trip++) {
        traveller.provider.disconnect()
        const id = createShapeId(`offline-${trip}`)
        traveller.records.set(id, geoShape({ id }))
        const left = performance.now()
        traveller.provider.connect()
        await waitFor(() => other.records.has(id), {
          timeoutMs: RECONNECT_DEADLINE_MS,
          message: `the offline edit to arrive after reconnecting (trip ${trip + 1}); if this takes ~30 s, the room is not answering the client's close frame`,
        })
        expect(performance.now() - left).toBeLessThan(RECONNECT_DEADLINE_MS)
      }
    } finally {
      traveller.destroy()
      other.destroy()
    }
  })
})
