import { createTLStore, type TLRecord, type TLShape, type TLStore } from 'tldraw'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { geoShape, TEST_PAGE_ID } from '../../e2e/support/records'
import { getRecords } from '../../shared/doc'
import { seedBoard } from '../../party/room/seedBoard'
import { bindStoreToDoc, LOCAL_ORIGIN } from './storeBinding'

/** One device: its own store bound to its own copy of the doc. */
interface Device {
  store: TLStore
  doc: Y.Doc
  invalid: string[]
}

const unbinds: (() => void)[] = []
afterEach(() => {
  for (const unbind of unbinds.splice(0)) unbind()
})

function device(doc = new Y.Doc()): Device {
  const store = createTLStore({})
  const invalid: string[] = []
  unbinds.push(bindStoreToDoc(store, doc, { onInvalidRecord: (error) => invalid.push(error) }))
  return { store, doc, invalid }
}

/** Exchanges every update between two docs, as the room's relay does. */
function link(a: Y.Doc, b: Y.Doc): void {
  const relayed = Symbol('relayed')
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin !== relayed) Y.applyUpdate(to, update, relayed)
  }
  a.on('update', forward(b))
  b.on('update', forward(a))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), relayed)
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), relayed)
}

/** Two devices on one seeded board. */
function twoDevices(): [Device, Device] {
  const docA = new Y.Doc()
  const docB = new Y.Doc()
  seedBoard(docA)
  link(docA, docB)
  return [device(docA), device(docB)]
}

function shapeIn(store: TLStore, id: TLShape['id']): TLShape | undefined {
  return store.get(id)
}

describe('bindStoreToDoc', () => {
  it('loads the doc into the store', () => {
    const doc = new Y.Doc()
    seedBoard(doc)
    const shape = geoShape()
    getRecords(doc).set(shape.id, shape)

    const { store } = device(doc)
    expect(store.get(shape.id)).toEqual(shape)
    expect(store.get(TEST_PAGE_ID)).toBeDefined()
  })

  it('carries a shape drawn on one device to the other', () => {
    const [a, b] = twoDevices()
    const shape = geoShape({ x: 10, y: 20 })
    a.store.put([shape])

    expect(getRecords(a.doc).get(shape.id)).toEqual(shape)
    expect(shapeIn(b.store, shape.id)).toEqual(shape)
  })

  it('read-only (a view link): shows the doc’s changes but writes nothing back', () => {
    const doc = new Y.Doc()
    seedBoard(doc)
    const store = createTLStore({})
    unbinds.push(bindStoreToDoc(store, doc, { readOnly: true }))
    const before = Y.encodeStateVector(doc)
    store.put([geoShape({ x: 1 })])
    expect(Y.encodeStateVector(doc)).toEqual(before)
    const remote = geoShape({ x: 2 })
    getRecords(doc).set(remote.id, remote)
    expect(shapeIn(store, remote.id)).toEqual(remote)
  })

  it('carries updates both ways', () => {
    const [a, b] = twoDevices()
    const shape = geoShape()
    a.store.put([shape])
    b.store.update(shape.id, (record) => ({ ...record, x: 300 }))
    expect(shapeIn(a.store, shape.id)?.x).toBe(300)
    a.store.update(shape.id, (record) => ({ ...record, y: -40 }))
    expect(shapeIn(b.store, shape.id)).toMatchObject({ x: 300, y: -40 })
  })

  it('carries deletions', () => {
    const [a, b] = twoDevices()
    const shape = geoShape()
    a.store.put([shape])
    expect(b.store.has(shape.id)).toBe(true)

    b.store.remove([shape.id])
    expect(getRecords(b.doc).has(shape.id)).toBe(false)
    expect(getRecords(a.doc).has(shape.id)).toBe(false)
    expect(a.store.has(shape.id)).toBe(false)
  })

  it('converges when both devices changed the same shape while apart', () => {
    const docA = new Y.Doc()
    seedBoard(docA)
    const docB = new Y.Doc()
    const [a, b] = [device(docA), device(docB)]
    const shape = geoShape()
    a.store.put([shape])
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA))
    expect(b.store.get(shape.id)).toEqual(shape)

    a.store.update(shape.id, (record) => ({ ...record, x: 100 }))
    b.store.update(shape.id, (record) => ({ ...record, y: 200 }))
    link(docA, docB)

    // Records are the unit of merging: one device's version wins, the same on both.
    expect(a.store.get(shape.id)).toEqual(b.store.get(shape.id))
    expect(getRecords(docA).get(shape.id)).toEqual(a.store.get(shape.id))
    expect(getRecords(docB).get(shape.id)).toEqual(b.store.get(shape.id))
  })

  it('does not echo a remote change back into the doc', () => {
    const [a, b] = twoDevices()
    const writesByB: unknown[] = []
    b.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) writesByB.push(transaction.origin)
    })
    let updatesOfA = 0
    a.doc.on('update', () => updatesOfA++)

    const shape = geoShape()
    a.store.put([shape])
    a.store.update(shape.id, (record) => ({ ...record, x: 5 }))
    a.store.remove([shape.id])

    expect(writesByB).toEqual([])
    expect(updatesOfA).toBe(3)
  })

  it('applies changes from the doc as remote, which keeps them off this device’s undo stack', () => {
    const [a, b] = twoDevices()
    const sources: string[] = []
    b.store.listen((entry) => sources.push(entry.source), { scope: 'document' })
    a.store.put([geoShape()])
    expect(sources).toEqual(['remote'])
  })

  it('syncs only document-scope records', () => {
    const [a, b] = twoDevices()
    const keysBefore = [...getRecords(a.doc).map.keys()].sort()
    const camera = a.store.schema.types.camera.create({ id: a.store.schema.types.camera.createId('elsewhere'), x: 5, y: 5 })
    const presence = a.store.schema.types.instance_presence.create({
      id: a.store.schema.types.instance_presence.createId('someone'),
      currentPageId: TEST_PAGE_ID,
      userId: 'someone',
      userName: 'Someone',
    })
    a.store.put([camera, presence])

    expect([...getRecords(a.doc).map.keys()].sort()).toEqual(keysBefore)
    expect(keysBefore.every((key) => key.startsWith('document:') || key.startsWith('page:'))).toBe(true)
    expect(b.store.has(camera.id)).toBe(false)
    expect(b.store.has(presence.id)).toBe(false)
  })

  it('skips records in the doc that fail the schema and applies the rest', () => {
    const [a, b] = twoDevices()
    const good = geoShape()
    const bad = { ...geoShape(), props: { w: 'wide' } }
    a.doc.transact(() => {
      getRecords(a.doc).set(good.id, good)
      getRecords(a.doc).set(bad.id, bad as unknown as TLRecord)
    }, 'some other writer')

    for (const device of [a, b]) {
      expect(device.store.has(good.id)).toBe(true)
      expect(device.store.has(bad.id)).toBe(false)
      expect(device.invalid.join('\n')).toContain(bad.id)
    }
  })

  it('keeps the last valid version when an update in the doc is invalid', () => {
    const [a, b] = twoDevices()
    const shape = geoShape({ x: 1 })
    a.store.put([shape])
    getRecords(a.doc).set(shape.id, { ...shape, x: 'far' } as unknown as TLRecord)
    expect(shapeIn(b.store, shape.id)?.x).toBe(1)
    expect(b.invalid).toHaveLength(1)
  })

  it('skips session-scope records written into the doc', () => {
    const [a, b] = twoDevices()
    const instance = b.store.schema.types.instance.create({ id: b.store.schema.types.instance.createId('intruder'), currentPageId: TEST_PAGE_ID })
    getRecords(a.doc).set(instance.id, instance as TLRecord)
    expect(b.store.has(instance.id)).toBe(false)
    expect(b.invalid.join('\n')).toContain('not a board record type')
  })

  it('skips invalid records already in the doc when it loads', () => {
    const doc = new Y.Doc()
    seedBoard(doc)
    const bad = { ...geoShape(), rotation: 'slightly' }
    getRecords(doc).set(bad.id, bad as unknown as TLRecord)
    const { store, invalid } = device(doc)
    expect(store.has(bad.id)).toBe(false)
    expect(invalid).toHaveLength(1)
  })

  it('replaces document records the store held before binding, and keeps its session', () => {
    const doc = new Y.Doc()
    seedBoard(doc)
    const store = createTLStore({})
    const stale = geoShape()
    const camera = store.schema.types.camera.create({ id: store.schema.types.camera.createId('mine') })
    store.put([stale, camera])
    unbinds.push(bindStoreToDoc(store, doc))
    expect(store.has(stale.id)).toBe(false)
    expect(store.has(camera.id)).toBe(true)
    expect(getRecords(doc).has(stale.id)).toBe(false)
  })

  it('stops syncing once unbound', () => {
    const doc = new Y.Doc()
    seedBoard(doc)
    const store = createTLStore({})
    const unbind = bindStoreToDoc(store, doc)
    unbind()
    const shape = geoShape()
    store.put([shape])
    expect(getRecords(doc).has(shape.id)).toBe(false)
    const other = geoShape()
    getRecords(doc).set(other.id, other)
    expect(store.has(other.id)).toBe(false)
  })
})
