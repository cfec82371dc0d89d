/**
 * The write gate in a room's BoardDocument, with in-process devices: every hostile write of issue 9
 * is refused whole with a notice to its sender, and the room's doc, the other device and the
 * storage log are unchanged; honest edits (adds, moves into frames, deletes, bindings from arrows)
 * pass; a read-only connection's updates are refused.
 */
import { createBindingId, createShapeId, type TLRecord, type TLShape } from '@tldraw/tlschema'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { InProcessClient, InProcessNetwork, updateFrame } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { allRecords, getChat, getRecords } from '../../shared/doc'
import { parseRoomNotice } from '../../shared/roomNotice'
import { hostileUpdate, HOSTILE_CASES } from '../reliability/support/hostileCases'
import { BoardDocument } from '../room/boardDocument'
import { MemoryStorage } from '../storage/memoryStorage'
import { inspectUpdate } from './writeGate'

const clients: InProcessClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

async function room() {
  const storage = new MemoryStorage()
  const board = await BoardDocument.load(storage, { log: () => undefined })
  const network = new InProcessNetwork()
  const join = (readOnly = false) => {
    const client = new InProcessClient(network, {
      connect: (connection) => board.connect(connection, { readOnly }),
      receive: (connection, message) => board.sync.receive(connection, message),
      disconnect: (connection) => board.disconnect(connection),
    })
    clients.push(client)
    return client.connect()
  }
  return { board, storage, network, join }
}

const state = (doc: Y.Doc) => JSON.stringify({ records: allRecords(doc).sort((a, b) => a.id.localeCompare(b.id)), chat: getChat(doc).toJSON(), meta: doc.getMap('meta').toJSON() })

describe('the write gate refuses every hostile write whole', () => {
  it.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const { board, storage, network, join } = await room()
    const [honest, other, attacker] = [join(), join(), join()]
    network.pump()
    const [a, b] = [geoShape(), geoShape()]
    honest.doc.transact(() => [a, b].forEach((shape) => getRecords(honest.doc).set(shape.id, shape)))
    board.doc.transact(() => getChat(board.doc).push([new Y.Map()]), 'chat:seed') // something to delete
    network.pump()
    await board.flush()
    const before = state(board.doc)
    const logged = storage.keys('doc:log:').length

    attacker.send(updateFrame(hostileUpdate(honest.doc, hostile)))
    network.pump()

    expect(attacker.notices.map(parseRoomNotice)).toContainEqual({ type: 'rejected', reason: expect.stringMatching(hostile.notice) })
    expect(state(board.doc)).toBe(before)
    expect(state(other.doc)).toBe(before)
    await board.flush()
    expect(storage.keys('doc:log:').length).toBe(logged)
    expect(other.notices).toEqual([])
  })
})

describe('the write gate lets honest edits through', () => {
  it('adds, moves a shape into a frame, binds an arrow and deletes', async () => {
    const { board, network, join } = await room()
    const [writer, other] = [join(), join()]
    network.pump()
    const records = getRecords(writer.doc)
    const frame = { ...geoShape(), type: 'frame', props: { w: 400, h: 400, name: 'Frame', color: 'black' } } as unknown as TLRecord
    const box = geoShape()
    const arrow = { ...geoShape(), type: 'arrow', props: { ...arrowProps() } } as unknown as TLRecord
    writer.doc.transact(() => [frame, box, arrow].forEach((record) => records.set(record.id, record)))
    writer.doc.transact(() => records.set(box.id, { ...box, parentId: frame.id as never }))
    const binding = { id: createBindingId(), typeName: 'binding', type: 'arrow', fromId: arrow.id, toId: box.id, meta: {}, props: { terminal: 'end', normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' } } as unknown as TLRecord
    writer.doc.transact(() => records.set(binding.id, binding))
    writer.doc.transact(() => records.delete(binding.id))
    network.pump()
    expect(writer.notices).toEqual([])
    expect((board.records.get(box.id) as TLShape | undefined)?.parentId).toBe(frame.id)
    expect(state(other.doc)).toBe(state(board.doc))
    expect(board.records.has(binding.id)).toBe(false)
  })

  it('reads a deletion of the current entry as a removed key, and of a stale duplicate as nothing', async () => {
    const { board } = await room()
    const shape = geoShape()
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(board.doc))
    const updates: Uint8Array[] = []
    client.on('update', (update: Uint8Array) => updates.push(update))
    getRecords(client).set(shape.id, shape)
    Y.applyUpdate(board.doc, updates.splice(0)[0]!)
    getRecords(client).delete(shape.id)
    const verdict = inspectUpdate(board.doc, board.records, Y.mergeUpdates(updates))
    expect(verdict).toEqual({ ok: true, changes: { puts: new Map(), deletes: new Set([shape.id]) } })
  })

  it('refuses an update that builds on changes the room does not have', async () => {
    const { board } = await room()
    const elsewhere = new Y.Doc()
    getRecords(elsewhere).set('shape:a', geoShape({ id: createShapeId('a') }))
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(elsewhere))
    const before = Y.encodeStateVector(client)
    client.getArray('records').insert(0, [{ key: 'shape:b', val: geoShape({ id: createShapeId('b') }) }])
    const verdict = inspectUpdate(board.doc, board.records, Y.encodeStateAsUpdate(client, before))
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/does not have/) })
  })
})

describe('read-only connections', () => {
  it('sync and see edits, but their own edits are refused with a notice', async () => {
    const { board, network, join } = await room()
    const [editor, viewer] = [join(), join(true)]
    network.pump()
    const shape = geoShape()
    getRecords(editor.doc).set(shape.id, shape)
    network.pump()
    expect(getRecords(viewer.doc).has(shape.id)).toBe(true)
    expect(viewer.notices).toEqual([])
    const mine = geoShape()
    getRecords(viewer.doc).set(mine.id, mine)
    network.pump()
    expect(board.records.has(mine.id)).toBe(false)
    expect(viewer.notices.map(parseRoomNotice)).toContainEqual({ type: 'rejected', reason: expect.stringMatching(/view-only/) })
  })
})

function arrowProps() {
  return {
    kind: 'arc', dash: 'draw', size: 'm', fill: 'none', color: 'black', labelColor: 'black', bend: 0,
    start: { x: 0, y: 0 }, end: { x: 100, y: 0 }, arrowheadStart: 'none', arrowheadEnd: 'arrow',
    richText: { type: 'doc', content: [{ type: 'paragraph' }] }, labelPosition: 0.5, font: 'draw', scale: 1, elbowMidPoint: 0.5,
  }
}
