/**
 * Hostile WebSocket input against the real room server: random and truncated binary frames, text
 * and unknown message types, frames over the update limit, chunked batches that lie about their
 * size, and floods of presence. Each is refused with a notice (or the socket is closed, or the
 * frame dropped); the two honest devices in the room keep working; the board does not change.
 */
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getRecords } from '../../shared/doc'
import { AWARENESS_MESSAGES_PER_SECOND, MAX_AWARENESS_BYTES, MAX_UPDATE_BYTES } from '../../shared/limits'
import { newRoomId } from '../../shared/roomId'
import { awarenessFrame, seededBytes, updateFrame } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { canonical } from './support/boardState'
import { honestPair, type HonestPair } from './support/honestPair'
import { RawSocket } from './support/rawSocket'
import { SeededRandom } from './support/seededRandom'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

/** A fresh room with two honest devices and one hostile socket; checks the aftermath. */
async function inHostileRoom(attack: (hostile: RawSocket, pair: HonestPair, roomId: string) => Promise<void>): Promise<RawSocket> {
  const roomId = newRoomId()
  const pair = await honestPair(server, roomId)
  const hostile = await RawSocket.open(server.host, roomId)
  try {
    await pair.stillWorking('setup')
    const before = await pair.settled()
    await attack(hostile, pair, roomId)
    // Whatever it sent, the room is unchanged, and the honest devices keep editing.
    expect(canonical(await pair.board())).toBe(before)
    await pair.stillWorking('the attack')
    await pair.settled()
    return hostile
  } finally {
    hostile.close()
    pair.destroy()
  }
}

/** A valid update frame: one new shape. */
function shapeUpdateFrame(): Uint8Array {
  const doc = new Y.Doc()
  const shape = geoShape()
  getRecords(doc).set(shape.id, shape)
  return updateFrame(Y.encodeStateAsUpdate(doc))
}

describe('hostile frames are refused and change nothing', () => {
  it('random binary frames', async () => {
    const random = new SeededRandom(11)
    const bytes = seededBytes(11)
    await inHostileRoom(async (hostile, _pair, roomId) => {
      let socket = hostile
      for (let i = 0; i < 300; i++) {
        // The room closes a socket after too many bad frames; come back with a new one, as an attacker would.
        if (socket.closed) socket = await RawSocket.open(server.host, roomId)
        socket.send(bytes(random.int(1, 300)))
      }
      await waitFor(() => socket.notices.length > 0 || socket.closed, { message: 'a refusal of random bytes' })
    })
  })

  it('truncated frames', async () => {
    const valid = shapeUpdateFrame()
    const hostile = await inHostileRoom(async (socket) => {
      for (let cut = 1; cut < Math.min(valid.length, 40); cut++) socket.send(valid.subarray(0, valid.length - cut))
      await socket.notice(/malformed/)
    })
    expect(hostile.notices.every((notice) => notice.type === 'rejected')).toBe(true)
  })

  it('text frames and unknown message types', async () => {
    await inHostileRoom(async (socket) => {
      socket.send('hello')
      socket.send('{"type":"sync"}')
      socket.send('y-pk-batch#{not json')
      await socket.notice(/unexpected text frame/)
      socket.send(Uint8Array.of(7, 1, 2, 3))
      await socket.notice(/unknown message type 7/)
      socket.send(Uint8Array.of(0, 9, 0))
      await socket.notice(/unknown sync message 9/)
    })
  })

  it(`a frame over the ${MAX_UPDATE_BYTES / 2 ** 20} MiB update limit`, async () => {
    await inHostileRoom(async (socket) => {
      socket.send(new Uint8Array(MAX_UPDATE_BYTES + 1024))
      // workerd takes frames of at most 1 MiB and closes the socket on a larger one (1009 "Message is
      // too large", or a dropped connection when the close frame cannot get through the frame still
      // being sent); the room refuses it with a notice if it ever gets one.
      await waitFor(() => socket.closed ?? socket.notices.find((notice) => /limit/.test(notice.reason)), { message: 'the oversized frame to be refused' })
      expect(socket.closed === null || [1006, 1009].includes(socket.closed.code), JSON.stringify(socket.closed)).toBe(true)
    })
  })

  it('chunked batches that lie about their size or count', async () => {
    await inHostileRoom(async (socket, _pair, roomId) => {
      // Announced over the limit: refused at the marker.
      socket.send(`y-pk-batch#${JSON.stringify({ id: 'big', type: 'start', size: MAX_UPDATE_BYTES + 1, count: 9 })}`)
      await socket.notice(/over the \d+-byte limit/)
      // Announced small, then more than the limit sent: refused as soon as it outgrows the limit.
      const liar = await RawSocket.open(server.host, roomId)
      liar.sendChunked(new Uint8Array(MAX_UPDATE_BYTES + 2_000_000), { size: 100, count: 1 })
      await waitFor(() => liar.closed ?? liar.notices.find((notice) => /limit|count|markers/.test(notice.reason)), { message: 'the lying batch to be refused' })
      // Markers that do not match what came between them.
      const mismatch = await RawSocket.open(server.host, roomId)
      mismatch.sendChunked(shapeUpdateFrame(), { size: 5 })
      await mismatch.notice(/does not match its markers/)
      liar.close()
      mismatch.close()
    })
  })

  it('a flood of presence updates is cut to the rate limit, and oversized presence is dropped', async () => {
    await inHostileRoom(async (socket, pair) => {
      const doc = new Y.Doc()
      const awareness = new awarenessProtocol.Awareness(doc)
      let seen = 0
      let seenJunk = false
      pair.b.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
        if (![...added, ...updated].includes(doc.clientID)) return
        seen++
        if (JSON.stringify(pair.b.provider.awareness.getStates().get(doc.clientID) ?? {}).includes('junk')) seenJunk = true
      })
      const started = performance.now()
      const FLOOD = 2_000
      for (let i = 0; i < FLOOD; i++) {
        awareness.setLocalState({ cursor: { x: i, y: i } })
        socket.send(awarenessFrame(awareness, [doc.clientID]))
      }
      await waitFor(() => seen > 0, { message: 'some of the presence to arrive' })
      const seconds = (performance.now() - started) / 1000
      // The bucket holds two seconds' worth and refills at the rate; allow one more second of slack.
      expect(seen).toBeLessThanOrEqual(AWARENESS_MESSAGES_PER_SECOND * (3 + seconds))
      expect(seen).toBeLessThan(FLOOD / 2)

      // Once the bucket has refilled, an oversized state is dropped while the next small one arrives.
      const stateAtB = () => pair.b.provider.awareness.getStates().get(doc.clientID)
      const sendUntilSeen = (marker: number) =>
        waitFor(
          () => {
            if (stateAtB()?.marker === marker) return true
            awareness.setLocalState({ marker })
            socket.send(awarenessFrame(awareness, [doc.clientID]))
            return false
          },
          { intervalMs: 200, message: `presence ${marker} to arrive after the flood` },
        )
      await sendUntilSeen(1)
      awareness.setLocalState({ marker: 1, junk: 'x'.repeat(MAX_AWARENESS_BYTES + 1) })
      socket.send(awarenessFrame(awareness, [doc.clientID]))
      await sendUntilSeen(2)
      expect(seenJunk).toBe(false)
      awareness.destroy()
    })
  })
})
