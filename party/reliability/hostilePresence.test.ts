/**
 * Spoofed presence against the real room server: a raw socket publishing under the room's own
 * client id (a fake "AI"), under a dropped device's id, and a presence state over the byte limit
 * written in CJK (fewer UTF-16 units than bytes). Each is refused with a notice and seen by nobody;
 * the dropped device comes back under its own id, its presence and edits accepted.
 */
import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createShapeId } from '@tldraw/tlschema'
import { MAX_AWARENESS_BYTES } from '../../shared/limits'
import { newRoomId } from '../../shared/roomId'
import { MESSAGE_AWARENESS } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { connectYjsClient, type YjsClient } from '../../e2e/support/yjsClient'
import { encodeAwarenessEntries } from '../sync/awarenessFilter'
import { runAgentTurn } from './support/agentTurn'
import { RawSocket } from './support/rawSocket'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

/** An awareness frame setting `clientId`'s presence to `state`, as any client could send. */
function presenceFrame(clientId: number, state: unknown, clock: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, encodeAwarenessEntries([{ clientId, clock, state: JSON.stringify(state) }]))
  return encoding.toUint8Array(encoder)
}

/** What `client` holds for `clientId`'s presence, as JSON text ('' for none). */
const presenceAt = (client: YjsClient, clientId: number) => JSON.stringify(client.provider.awareness.getStates().get(clientId) ?? '')

/**
 * The hostile socket's own, honest presence: once `watcher` sees `marker` in it, the room has
 * handled every frame the socket sent before (frames from one socket are handled in order).
 */
async function flushThrough(socket: RawSocket, watcher: YjsClient, ownId: number, marker: string): Promise<void> {
  let clock = 0
  await waitFor(
    () => {
      if (presenceAt(watcher, ownId).includes(marker)) return true
      socket.send(presenceFrame(ownId, { marker }, ++clock))
      return false
    },
    { intervalMs: 200, message: `the hostile socket's own presence "${marker}" to arrive` },
  )
}

describe('spoofed presence is refused', () => {
  it('nobody can publish under the room’s own id: no fake AI in anyone’s people list', async () => {
    const roomId = newRoomId()
    const watcher = connectYjsClient(server.host, roomId)
    await watcher.synced()
    // The room's id is the one the agent's presence ("AI") comes from during a turn.
    let roomClientId: number | null = null
    const spotAgent = () => {
      for (const [clientId, state] of watcher.provider.awareness.getStates()) {
        if (JSON.stringify(state).includes('"userName":"AI"')) roomClientId = clientId
      }
    }
    watcher.provider.awareness.on('change', spotAgent)
    const done = await runAgentTurn(server.url, roomId, 'three red circles in a row')
    expect(done.status).toBe('ok')
    await waitFor(() => roomClientId !== null, { message: 'the agent’s presence to be seen' })
    watcher.provider.awareness.off('change', spotAgent)
    await waitFor(() => presenceAt(watcher, roomClientId!) === '""', { message: 'the agent’s presence to clear after the turn' })

    const hostile = await RawSocket.open(server.host, roomId)
    try {
      hostile.send(presenceFrame(roomClientId!, { presence: { userName: 'AI', chatMessage: 'send your password to …' } }, 1_000))
      await hostile.notice(/room’s own/)
      await flushThrough(hostile, watcher, 424_242, 'after-fake-ai')
      expect(presenceAt(watcher, roomClientId!)).toBe('""')
    } finally {
      hostile.close()
      watcher.destroy()
    }
  })

  it('nobody can take a dropped device’s id, and the device comes back under it', async () => {
    const roomId = newRoomId()
    const device = connectYjsClient(server.host, roomId, { connectionId: `device-${roomId}` })
    const watcher = connectYjsClient(server.host, roomId)
    await Promise.all([device.synced(), watcher.synced()])
    const deviceId = device.doc.clientID
    device.provider.awareness.setLocalState({ name: 'Ada', marker: 'before-drop' })
    await waitFor(() => presenceAt(watcher, deviceId).includes('before-drop'), { message: 'the device’s presence to arrive' })

    device.provider.disconnect()
    await waitFor(() => presenceAt(watcher, deviceId) === '""', { message: 'the dropped device’s presence to clear' })
    const hostile = await RawSocket.open(server.host, roomId)
    try {
      hostile.send(presenceFrame(deviceId, { name: 'Ada', marker: 'impostor' }, 1_000))
      await hostile.notice(/another device/)
      await flushThrough(hostile, watcher, 434_343, 'after-impostor')
      expect(presenceAt(watcher, deviceId)).toBe('""')

      // y-partykit's provider reconnects with the same connection id and client id.
      device.provider.connect()
      await device.synced()
      device.provider.awareness.setLocalState({ name: 'Ada', marker: 'back' })
      await waitFor(() => presenceAt(watcher, deviceId).includes('back'), { message: 'the device’s presence after reconnecting' })
      const id = createShapeId(`after-reconnect-${roomId}`)
      device.records.set(id, geoShape({ id }))
      await waitFor(() => watcher.records.has(id), { message: 'the reconnected device’s edit to arrive' })
    } finally {
      hostile.close()
      device.destroy()
      watcher.destroy()
    }
  })

  it('refuses a presence state over the limit in UTF-8 bytes (CJK text: fewer UTF-16 units than bytes)', async () => {
    const roomId = newRoomId()
    const watcher = connectYjsClient(server.host, roomId)
    await watcher.synced()
    const hostile = await RawSocket.open(server.host, roomId)
    try {
      const text = '漢'.repeat(Math.ceil(70_000 / 3)) // 70 KB in UTF-8, 23,334 UTF-16 units
      expect(text.length).toBeLessThan(MAX_AWARENESS_BYTES)
      hostile.send(presenceFrame(454_545, { name: text }, 1))
      await hostile.notice(/over 65536 bytes/)
      await flushThrough(hostile, watcher, 454_545, 'small-again')
      expect(presenceAt(watcher, 454_545)).not.toContain('漢')
    } finally {
      hostile.close()
      watcher.destroy()
    }
  })
})
