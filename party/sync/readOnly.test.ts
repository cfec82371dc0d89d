import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { awarenessFrame, MESSAGE_SYNC, updateFrame } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { allRecords, getRecords } from '../../shared/doc'
import { parseRoomNotice } from '../../shared/roomNotice'
import { markViewers, VIEW_ONLY_NOTICE, wouldChangeDoc } from './readOnly'
import { RoomSync, type SyncConnection } from './roomSync'

function boardWithShapes(count: number): Y.Doc {
  const doc = new Y.Doc()
  for (let i = 0; i < count; i++) {
    const shape = geoShape({ x: i })
    getRecords(doc).set(shape.id, shape)
  }
  return doc
}

describe('wouldChangeDoc', () => {
  it('is false for an empty update and for one the doc already holds (a reconnecting viewer’s step 2)', () => {
    const room = boardWithShapes(3)
    getRecords(room).delete([...getRecords(room).map.keys()][0] ?? '')
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room))
    expect(wouldChangeDoc(room, Y.encodeStateAsUpdate(new Y.Doc()))).toBe(false)
    expect(wouldChangeDoc(room, Y.encodeStateAsUpdate(copy))).toBe(false)
    expect(wouldChangeDoc(room, Y.encodeStateAsUpdate(copy, Y.encodeStateVector(room)))).toBe(false)
  })

  it('is true for new content and for deleting what the doc still holds', () => {
    const room = boardWithShapes(2)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room))
    const added = new Y.Doc()
    getRecords(added).set('shape:new', geoShape({ x: 9 }))
    expect(wouldChangeDoc(room, Y.encodeStateAsUpdate(added))).toBe(true)

    const before = Y.encodeStateVector(copy)
    let deletion: Uint8Array | null = null
    copy.on('update', (update: Uint8Array) => (deletion = update))
    getRecords(copy).delete([...getRecords(copy).map.keys()][0] ?? '')
    expect(deletion).not.toBeNull()
    expect(wouldChangeDoc(room, deletion!)).toBe(true)
    expect(Y.encodeStateVector(copy)).toEqual(before) // a pure deletion: no new structs, only a delete set
  })
})

describe('markViewers', () => {
  const entry = (state: unknown) => ({ clientId: 1, clock: 1, state: JSON.stringify(state) })
  it('marks a viewer’s states, unmarks an editor’s, and leaves departures alone', () => {
    expect(JSON.parse(markViewers([entry({ name: 'v' })], true)[0]!.state)).toEqual({ name: 'v', viewer: true })
    expect(JSON.parse(markViewers([entry({ name: 'e', viewer: true })], false)[0]!.state)).toEqual({ name: 'e' })
    expect(markViewers([entry(null)], true)[0]!.state).toBe('null')
    expect(() => markViewers([{ clientId: 1, clock: 1, state: '{nope' }], true)).toThrow()
  })
})

describe('RoomSync with a read-only connection', () => {
  function viewer() {
    const doc = boardWithShapes(2)
    const sync = new RoomSync(doc)
    const sent: (string | Uint8Array)[] = []
    const connection: SyncConnection = { id: 'view-1', send: (message) => sent.push(message), close: () => {} }
    sync.connect(connection, { readOnly: true })
    const notices = () => sent.filter((message) => typeof message === 'string').map((message) => parseRoomNotice(message)?.reason)
    return { doc, sync, connection, sent, notices }
  }

  it('answers sync step 1 with the board', () => {
    const { sync, connection, sent } = viewer()
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, new Y.Doc())
    const before = sent.length
    sync.receive(connection, encoding.toUint8Array(encoder))
    expect(sent.length).toBe(before + 1)
  })

  it('refuses a change with a notice and ignores an empty update silently', () => {
    const { doc, sync, connection, notices } = viewer()
    const before = allRecords(doc)
    sync.receive(connection, updateFrame(Y.encodeStateAsUpdate(new Y.Doc())))
    expect(notices()).toEqual([])
    const edit = new Y.Doc()
    getRecords(edit).set('shape:forged', geoShape({ x: 5 }))
    sync.receive(connection, updateFrame(Y.encodeStateAsUpdate(edit)))
    expect(notices()).toEqual([VIEW_ONLY_NOTICE])
    expect(allRecords(doc)).toEqual(before)
  })

  it('relays its presence, marked as a viewer’s', () => {
    const { sync, connection } = viewer()
    const awareness = new awarenessProtocol.Awareness(new Y.Doc())
    awareness.setLocalState({ name: 'watcher', viewer: false })
    sync.receive(connection, awarenessFrame(awareness, [awareness.clientID]))
    expect(sync.awareness.getStates().get(awareness.clientID)).toEqual({ name: 'watcher', viewer: true })
  })
})
