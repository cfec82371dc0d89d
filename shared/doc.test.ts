import type { TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { allRecords, getRecords, writeRecords } from './doc'

const record = (id: string, v: number) => ({ id, typeName: 'shape', v }) as unknown as TLRecord

describe('writeRecords', () => {
  it('matches YKeyValue set/delete, with the change events YKeyValue reports', () => {
    const batched = new Y.Doc()
    const oneByOne = new Y.Doc()
    const seed = ['a', 'b', 'c', 'd'].map((id) => record(id, 0))
    batched.transact(() => writeRecords(getRecords(batched), seed))
    oneByOne.transact(() => seed.forEach((r) => getRecords(oneByOne).set(r.id, r)))

    const events: unknown[] = []
    getRecords(batched).on('change', (changes: Map<string, unknown>) => events.push(Object.fromEntries(changes)))
    batched.transact(() => writeRecords(getRecords(batched), [record('b', 1), record('e', 1), record('b', 2)], ['a', 'c', 'zz']))
    oneByOne.transact(() => {
      const kv = getRecords(oneByOne)
      kv.set('b', record('b', 2))
      kv.set('e', record('e', 1))
      kv.delete('a')
      kv.delete('c')
    })

    const sorted = (doc: Y.Doc) => allRecords(doc).sort((x, y) => x.id.localeCompare(y.id))
    expect(sorted(batched)).toEqual(sorted(oneByOne))
    expect(getRecords(batched).yarray.length).toBe(3) // no leftover duplicates
    expect(events).toEqual([
      {
        a: { action: 'delete', oldValue: record('a', 0) },
        b: { action: 'update', oldValue: record('b', 0), newValue: record('b', 2) },
        c: { action: 'delete', oldValue: record('c', 0) },
        e: { action: 'add', newValue: record('e', 1) },
      },
    ])
  })

  it('writes thousands of records in one pass', () => {
    const doc = new Y.Doc()
    const many = Array.from({ length: 20_000 }, (_, i) => record(`shape:${i}`, i))
    doc.transact(() => writeRecords(getRecords(doc), many))
    doc.transact(() => writeRecords(getRecords(doc), many.slice(0, 10_000).map((r) => ({ ...r, v: -1 }) as unknown as TLRecord), many.slice(10_000).map((r) => r.id)))
    expect(getRecords(doc).map.size).toBe(10_000)
    expect(getRecords(doc).yarray.length).toBe(10_000)
  })
})
