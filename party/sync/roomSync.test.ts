import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  awarenessFrame,
  InProcessClient,
  InProcessNetwork,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  seededBytes,
  updateFrame,
} from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { allRecords, getRecords } from '../../shared/doc'
import { MAX_UPDATE_BYTES } from '../../shared/limits'
import { decodeAwarenessEntries } from './awarenessFilter'
import { MAX_STRIKES, RoomSync, type RoomSyncOptions } from './roomSync'

const clients: InProcessClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

function room(options: RoomSyncOptions = {}) {
  const doc = new Y.Doc()
  const refused: string[] = []
  const sync = new RoomSync(doc, { ...options, onRefused: (_connection, reason) => refused.push(reason) })
  const network = new InProcessNetwork()
  const join = () => {
    const client = new InProcessClient(network, sync)
    clients.push(client)
    return client.connect()
  }
  return { doc, sync, network, refused, join }
}

const snapshot = (doc: Y.Doc) => ({ state: Y.encodeStateVector(doc), records: allRecords(doc) })

describe('RoomSync: sync', () => {
  it('merges what each side had before connecting, both ways', () => {
    const { doc, network, join } = room()
    const inRoom = geoShape({ x: 1 })
    getRecords(doc).set(inRoom.id, inRoom)
    const client = join()
    const offline = geoShape({ x: 2 })
    getRecords(client.doc).set(offline.id, offline)
    network.pump()

    expect(getRecords(client.doc).get(inRoom.id)).toEqual(inRoom)
    expect(getRecords(doc).get(offline.id)).toEqual(offline)
  })

  it('relays one client’s edit to the others, not back to the sender', () => {
    const { network, join } = room()
    const [a, b] = [join(), join()]
    network.pump()
    const framesToA = a.frames.length

    const shape = geoShape()
    getRecords(a.doc).set(shape.id, shape)
    network.pump()

    expect(getRecords(b.doc).get(shape.id)).toEqual(shape)
    expect(a.frames.length).toBe(framesToA)
  })
})

describe('RoomSync: reconnects', () => {
  it('keeps serving a reconnect under the same connection id when the old close arrives late', () => {
    const { sync, network, join } = room()
    const other = join()
    // y-partykit's provider reconnects with the same id (`_pk`); the old socket's close can come after.
    const stale = new InProcessClient(network, sync, 'device-1')
    const fresh = new InProcessClient(network, sync, 'device-1')
    clients.push(stale, fresh)
    stale.connect()
    network.pump()
    fresh.connect()
    network.pump()
    stale.disconnect()
    network.pump()

    const fromOther = geoShape({ x: 1 })
    getRecords(other.doc).set(fromOther.id, fromOther)
    const fromFresh = geoShape({ x: 2 })
    getRecords(fresh.doc).set(fromFresh.id, fromFresh)
    fresh.awareness.setLocalStateField('presence', { userName: 'Back again' })
    network.pump()

    expect(getRecords(fresh.doc).get(fromOther.id)).toEqual(fromOther)
    expect(getRecords(other.doc).get(fromFresh.id)).toEqual(fromFresh)
    expect(other.awareness.getStates().get(fresh.doc.clientID)).toEqual({ presence: { userName: 'Back again' } })
    expect(sync.connectionCount).toBe(2)
  })
})

describe('RoomSync: awareness', () => {
  it('relays presence, shows it to late joiners and removes it when the client leaves', () => {
    const { network, join } = room()
    const [a, b] = [join(), join()]
    a.awareness.setLocalStateField('presence', { userName: 'Ada' })
    network.pump()
    expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ presence: { userName: 'Ada' } })

    const late = join()
    network.pump()
    expect(late.awareness.getStates().get(a.doc.clientID)).toEqual({ presence: { userName: 'Ada' } })

    a.disconnect()
    network.pump()
    expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false)
    expect(late.awareness.getStates().has(a.doc.clientID)).toBe(false)
  })

  it('echoes a presence renewal to its sender, so a lone device keeps hearing from the room', () => {
    const { network, join } = room()
    const lone = join()
    lone.awareness.setLocalStateField('presence', { userName: 'Alone' })
    network.pump()
    const framesBefore = lone.frames.length
    // What the awareness protocol does every 15 s; y-partykit's provider reconnects after 30 s of silence.
    lone.awareness.setLocalState(lone.awareness.getLocalState())
    network.pump()
    const heard = lone.frames.slice(framesBefore).map((frame) => frame[0])
    expect(heard).toContain(MESSAGE_AWARENESS)
  })

  it('answers a query for every presence', () => {
    const { network, join } = room()
    const [a, b] = [join(), join()]
    a.awareness.setLocalStateField('presence', { userName: 'Ada' })
    network.pump()
    const framesBefore = b.frames.length
    const query = encoding.createEncoder()
    encoding.writeVarUint(query, MESSAGE_QUERY_AWARENESS)
    b.send(encoding.toUint8Array(query))
    network.pump()

    const [reply] = b.frames.slice(framesBefore)
    expect(reply).toBeDefined()
    const decoder = decoding.createDecoder(reply ?? new Uint8Array())
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_AWARENESS)
    const entries = decodeAwarenessEntries(decoding.readVarUint8Array(decoder))
    expect(entries.find((entry) => entry.clientId === a.doc.clientID)?.state).toBe('{"presence":{"userName":"Ada"}}')
  })

  it('does not let a connection overwrite or remove another’s presence', () => {
    const { sync, network, join } = room()
    const [victim, attacker, observer] = [join(), join(), join()]
    victim.awareness.setLocalStateField('presence', { userName: 'Victim' })
    network.pump()

    const forged = new awarenessProtocol.Awareness(new Y.Doc())
    forged.clientID = victim.doc.clientID
    forged.setLocalState({ presence: { userName: 'Forged' } })
    const meta = forged.meta.get(forged.clientID)
    if (meta) meta.clock = 1_000
    attacker.send(awarenessFrame(forged, [forged.clientID]))
    forged.setLocalState(null)
    attacker.send(awarenessFrame(forged, [forged.clientID]))
    network.pump()
    forged.destroy()

    expect(sync.awareness.getStates().get(victim.doc.clientID)).toEqual({ presence: { userName: 'Victim' } })
    expect(observer.awareness.getStates().get(victim.doc.clientID)).toEqual({ presence: { userName: 'Victim' } })
  })

  it('drops a device’s echo of others’ presence without a refusal (y-partykit’s provider sends every change it hears)', () => {
    const { network, join, refused } = room()
    const [ada, grace] = [join(), join()]
    ada.awareness.setLocalStateField('presence', { userName: 'Ada' })
    network.pump()
    // Grace's provider would send Ada's state straight back; here it is sent by hand.
    grace.send(awarenessFrame(grace.awareness, [ada.doc.clientID]))
    network.pump()
    expect(refused).toEqual([])
  })
})

describe('RoomSync: bad input', () => {
  it('refuses random bytes, keeps the doc and keeps serving the other client', () => {
    const { doc, network, refused, join } = room()
    const [honest, attacker, observer] = [join(), join(), join()]
    const before = geoShape()
    getRecords(honest.doc).set(before.id, before)
    network.pump()
    const expected = snapshot(doc)

    const random = seededBytes(2024)
    for (let i = 0; i < MAX_STRIKES - 5; i++) attacker.send(random(1 + (i % 64)))
    network.pump()

    expect(snapshot(doc)).toEqual(expected)
    expect(refused.length).toBeGreaterThan(0)
    const after = geoShape()
    getRecords(honest.doc).set(after.id, after)
    network.pump()
    expect(getRecords(observer.doc).get(after.id)).toEqual(after)
  })

  it('refuses every truncation of a valid update and leaves the doc unchanged', () => {
    const { doc, sync, network, refused } = room()
    const source = new Y.Doc()
    getRecords(source).set('shape:x', geoShape({ id: 'shape:x' as never }))
    const update = Y.encodeStateAsUpdate(source)
    const frame = updateFrame(update)
    const expected = snapshot(doc)

    const truncations = [
      ...Array.from({ length: frame.length - 1 }, (_, cut) => frame.slice(0, cut + 1)), // the frame cut short
      ...Array.from({ length: update.length - 1 }, (_, cut) => updateFrame(update.slice(0, cut + 1))), // a well-framed, cut update
    ]
    for (const truncated of truncations) {
      // A fresh connection each time, so the strike limit never closes it midway.
      const client = new InProcessClient(network, sync)
      clients.push(client)
      client.connect().send(truncated)
      client.disconnect()
    }
    network.pump()

    expect(snapshot(doc)).toEqual(expected)
    expect(doc.store.pendingStructs).toBeNull()
    expect(refused).toHaveLength(truncations.length)
  })

  it('answers a text frame of another protocol with a notice and changes nothing', () => {
    const { doc, network, join } = room()
    const client = join()
    network.pump()
    const expected = snapshot(doc)
    client.send('{"type":"sync","doc":"hello"}')
    network.pump()
    expect(snapshot(doc)).toEqual(expected)
    expect(JSON.parse(client.notices.at(-1) ?? '{}')).toMatchObject({ type: 'rejected', reason: expect.stringContaining('text frame') })
  })

  it('refuses an update over the size limit, whole or chunked', () => {
    const { doc, network, refused, join } = room()
    const client = join()
    network.pump()
    const expected = snapshot(doc)

    const oversized = new Uint8Array(MAX_UPDATE_BYTES + 1)
    oversized[0] = MESSAGE_SYNC
    oversized[1] = syncProtocol.messageYjsUpdate
    client.send(oversized)
    client.send(`y-pk-batch#${JSON.stringify({ type: 'start', id: 'b1', size: MAX_UPDATE_BYTES + 1, count: 9 })}`)
    network.pump()

    expect(snapshot(doc)).toEqual(expected)
    expect(refused).toHaveLength(2)
    expect(refused.every((reason) => reason.includes('limit'))).toBe(true)
  })

  it('refuses an update when the board is full', () => {
    const { doc, network, refused, join } = room({ canGrow: () => false })
    const client = join()
    network.pump()
    const expected = snapshot(doc)
    const shape = geoShape()
    getRecords(client.doc).set(shape.id, shape)
    network.pump()
    expect(snapshot(doc)).toEqual(expected)
    expect(refused.some((reason) => reason.includes('size limit'))).toBe(true)
  })

  it('closes a connection that keeps sending garbage, and only that one', () => {
    const { sync, network, join } = room()
    const [honest, attacker] = [join(), join()]
    network.pump()
    for (let i = 0; i < MAX_STRIKES; i++) attacker.send(new Uint8Array([0xff, 0xff]))
    network.pump()
    expect(attacker.closedWith).toMatchObject({ code: 1008 })
    expect(honest.closedWith).toBeNull()
    expect(sync.connectionCount).toBe(1)
  })
})
