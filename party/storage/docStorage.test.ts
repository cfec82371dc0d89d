import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CHUNK_BYTES, joinChunks, splitIntoChunks } from './chunks'
import { DocStorage } from './docStorage'
import { MemoryStorage } from './memoryStorage'

function rebuild(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

describe('chunks', () => {
  it('round-trips bytes of every size', () => {
    for (const size of [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 7]) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => i % 251)
      const chunks = splitIntoChunks(bytes)
      expect(chunks.every((c) => c.length <= CHUNK_BYTES)).toBe(true)
      expect(joinChunks(chunks)).toEqual(bytes)
    }
  })
})

describe('DocStorage', () => {
  it('rebuilds the doc from the log', async () => {
    const storage = new MemoryStorage()
    const doc = new Y.Doc()
    const docStorage = new DocStorage(storage)
    await docStorage.load()
    doc.on('update', (update: Uint8Array) => void docStorage.append(update))
    for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, i)
    await docStorage.flush()

    const loaded = await new DocStorage(storage).load()
    expect(rebuild(loaded.updates).getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON())
  })

  it('compacts into a snapshot, keeps later updates and removes the old log', async () => {
    const storage = new MemoryStorage()
    const doc = new Y.Doc()
    const docStorage = new DocStorage(storage)
    await docStorage.load()
    doc.on('update', (update: Uint8Array) => void docStorage.append(update))
    for (let i = 0; i < 50; i++) doc.getMap('m').set('x', i)
    const compaction = docStorage.compact(Y.encodeStateAsUpdate(doc))
    doc.getMap('m').set('after', true) // lands while compacting
    await compaction
    await docStorage.flush()

    const logKeys = [...storage.data.keys()].filter((k) => k.startsWith('doc:log:'))
    expect(logKeys).toHaveLength(1)
    const loaded = await new DocStorage(storage).load()
    expect(rebuild(loaded.updates).getMap('m').toJSON()).toEqual({ x: 49, after: true })
  })

  it('stores a snapshot larger than one value in chunks', async () => {
    const storage = new MemoryStorage()
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'x'.repeat(3 * CHUNK_BYTES))
    const docStorage = new DocStorage(storage)
    await docStorage.load()
    await docStorage.compact(Y.encodeStateAsUpdate(doc))
    expect([...storage.data.values()].every((v) => !(v instanceof Uint8Array) || v.length <= CHUNK_BYTES)).toBe(true)
    const loaded = await new DocStorage(storage).load()
    expect(rebuild(loaded.updates).getText('t').length).toBe(3 * CHUNK_BYTES)
  })

  it('survives a crash between writing a snapshot and moving the head', async () => {
    const storage = new MemoryStorage()
    const doc = new Y.Doc()
    const docStorage = new DocStorage(storage)
    await docStorage.load()
    doc.on('update', (update: Uint8Array) => void docStorage.append(update))
    doc.getMap('m').set('a', 1)
    await docStorage.flush()
    // Simulate the crash: the head write fails, so the new snapshot is never referenced.
    const put = storage.put.bind(storage)
    storage.put = async (entries) => {
      if ('doc:head' in entries) throw new Error('crash')
      return put(entries)
    }
    await expect(docStorage.compact(Y.encodeStateAsUpdate(doc))).rejects.toThrow('crash')
    storage.put = put
    const loaded = await new DocStorage(storage).load()
    expect(rebuild(loaded.updates).getMap('m').toJSON()).toEqual({ a: 1 })
  })

  it('asks for compaction once the log is long', async () => {
    const docStorage = new DocStorage(new MemoryStorage())
    await docStorage.load()
    expect(docStorage.shouldCompact).toBe(false)
    for (let i = 0; i < 501; i++) void docStorage.append(new Uint8Array([i % 256]))
    expect(docStorage.shouldCompact).toBe(true)
  })
})
