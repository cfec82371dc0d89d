import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { skipEncodingUpdatesFrom } from './remoteUpdates'

const ROOM = Symbol('room')

/** A doc with a listener standing in for the provider's: it records the origin of each update it hears. */
function setup() {
  const doc = new Y.Doc()
  const heard: unknown[] = []
  const handler = (_update: Uint8Array, origin: unknown) => heard.push(origin)
  doc.on('update', handler)
  const stop = skipEncodingUpdatesFrom(doc, ROOM, handler)
  return { doc, heard, handler, stop }
}

describe('skipEncodingUpdatesFrom', () => {
  it('hears local edits but not the room’s own updates', () => {
    const { doc, heard } = setup()
    doc.getMap('m').set('a', 1)
    const other = new Y.Doc()
    other.getMap('m').set('b', 2)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), ROOM)
    doc.getMap('m').set('c', 3)
    expect(heard).toEqual([null, null])
    expect(doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3 })
  })

  it('hears an edit made by an observer while the room’s update is applied', () => {
    const { doc, heard } = setup()
    const map = doc.getMap<number>('m')
    // Like YKeyValue cleaning up duplicates: a local transaction nested in a remote one.
    map.observe((event) => {
      if (event.transaction.origin === ROOM && !map.has('echo')) map.set('echo', 1)
    })
    const other = new Y.Doc()
    other.getMap('m').set('b', 2)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), ROOM)
    expect(heard).toEqual([null])
  })

  it('leaves the listener on the doc when stopped after a remote update', () => {
    const { doc, heard, stop } = setup()
    const other = new Y.Doc()
    other.getMap('m').set('b', 2)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), ROOM)
    stop()
    doc.getMap('m').set('a', 1)
    expect(heard).toEqual([null])
  })
})
