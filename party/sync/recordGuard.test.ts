import type { TLRecord, TLShapeId } from '@tldraw/tlschema'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { geoShape } from '../../e2e/support/records'
import { getRecords, isRoomOrigin, origins, RECORDS_KEY, type RecordEntry } from '../../shared/doc'
import { MAX_BOARD_RECORDS } from '../../shared/limits'
import { guardRecords, planRepairs, type Repair } from './recordGuard'

const CLIENT = { id: 'a client connection' }
const broken = (record: TLRecord, patch: Record<string, unknown>) => ({ ...record, ...patch }) as unknown as TLRecord

const stops: (() => void)[] = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

function guardedDoc() {
  const doc = new Y.Doc()
  const records = getRecords(doc)
  const heard: { repairs: Repair[]; origin: unknown }[] = []
  stops.push(guardRecords(doc, records, { isTrusted: isRoomOrigin }, (repairs, origin) => heard.push({ repairs, origin })))
  return { doc, records, heard }
}

describe('planRepairs', () => {
  it('removes an invalid new record and restores the previous version of an invalid update', () => {
    const added = geoShape()
    const updated = geoShape()
    const repairs = planRepairs(
      new Map([
        [added.id, { action: 'add', newValue: broken(added, { x: 'left' }) }],
        [updated.id, { action: 'update', oldValue: updated, newValue: broken(updated, { typeName: 'instance' }) }],
      ]),
      2,
    )
    expect(repairs).toEqual([
      { key: added.id, value: undefined, reason: expect.stringContaining('x') },
      { key: updated.id, value: updated, reason: expect.stringContaining('not a board record type') },
    ])
  })

  it('leaves valid changes and deletions alone', () => {
    const shape = geoShape()
    const changes = new Map([
      [shape.id, { action: 'add' as const, newValue: shape }],
      ['shape:gone', { action: 'delete' as const, oldValue: geoShape() }],
    ])
    expect(planRepairs(changes, 1)).toEqual([])
  })

  it('for records the gate already checked, judges only what lies between records', () => {
    const invalid = broken(geoShape(), { x: 'left' })
    const looped = geoShape({ id: 'shape:loop' as TLShapeId, parentId: 'shape:loop' as TLShapeId })
    const changes = new Map([
      [invalid.id, { action: 'add' as const, newValue: invalid }],
      [looped.id, { action: 'add' as const, newValue: looped }],
    ])
    const board = new Map<string, TLRecord>([[invalid.id, invalid], [looped.id, looped]])
    const repairs = planRepairs(changes, 2, 1, (id) => board.get(id), true)
    expect(repairs).toEqual([{ key: looped.id, value: undefined, reason: expect.stringContaining('inside itself') }])
  })

  it('removes new records past the board limit, and only as many as are over', () => {
    const added = [geoShape(), geoShape(), geoShape()]
    const changes = new Map(added.map((shape) => [shape.id, { action: 'add' as const, newValue: shape }]))
    const repairs = planRepairs(changes, MAX_BOARD_RECORDS + 2)
    expect(repairs).toHaveLength(2)
    expect(repairs.every((repair) => repair.value === undefined && repair.reason.includes(String(MAX_BOARD_RECORDS)))).toBe(true)
  })

  it('restores the document record and the last page, but lets one of several pages go', () => {
    const document = { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} } as unknown as TLRecord
    const page = { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} } as unknown as TLRecord
    const deleted = new Map([
      [document.id, { action: 'delete' as const, oldValue: document }],
      [page.id, { action: 'delete' as const, oldValue: page }],
    ])
    expect(planRepairs(deleted, 5, 0).map((repair) => repair.value)).toEqual([document, page])
    expect(planRepairs(new Map([[page.id, { action: 'delete' as const, oldValue: page }]]), 5, 1)).toEqual([])
  })
})

describe('guardRecords', () => {
  it('undoes a client’s invalid update and reports it with the client as origin', () => {
    const { doc, records, heard } = guardedDoc()
    const shape = geoShape({ x: 5 })
    doc.transact(() => records.set(shape.id, shape), CLIENT)
    doc.transact(() => records.set(shape.id, broken(shape, { props: { w: -1 } })), CLIENT)

    expect(records.get(shape.id)).toEqual(shape)
    expect(heard).toHaveLength(1)
    expect(heard[0]?.origin).toBe(CLIENT)
  })

  it('removes a client’s invalid new record', () => {
    const { doc, records } = guardedDoc()
    const shape = geoShape()
    doc.transact(() => records.set(shape.id, broken(shape, { parentId: 42 })), CLIENT)
    expect(records.has(shape.id)).toBe(false)
  })

  it('writes its repair as one transaction with the guard origin', () => {
    const { doc, records } = guardedDoc()
    const writers: unknown[] = []
    doc.on('update', (_update: Uint8Array, origin: unknown) => writers.push(origin))
    const shape = geoShape()
    doc.transact(() => records.set(shape.id, broken(shape, { opacity: 'half' })), CLIENT)
    expect(writers).toEqual([CLIENT, origins.guard])
  })

  it('converges on the repaired record on another replica', () => {
    const { doc, records } = guardedDoc()
    const replica = new Y.Doc()
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(replica, update))
    const shape = geoShape()
    doc.transact(() => records.set(shape.id, shape), CLIENT)
    doc.transact(() => records.set(shape.id, broken(shape, { rotation: null })), CLIENT)
    expect(getRecords(replica).get(shape.id)).toEqual(shape)
  })

  it('trusts the room’s own writes', () => {
    const { doc, records, heard } = guardedDoc()
    const shape = broken(geoShape(), { x: 'trusted' })
    doc.transact(() => records.set(shape.id, shape), origins.agent('turn-1'))
    expect(records.get(shape.id)).toEqual(shape)
    expect(heard).toEqual([])
  })

  it('keeps a board at its record limit', () => {
    const { doc, records, heard } = guardedDoc()
    // One push of every entry: YKeyValue.set per record would take seconds at this size.
    const fill: RecordEntry[] = Array.from({ length: MAX_BOARD_RECORDS }, (_, i) => {
      const shape = geoShape({ id: `shape:fill-${i}` as TLShapeId })
      return { key: shape.id, val: shape }
    })
    doc.transact(() => doc.getArray<RecordEntry>(RECORDS_KEY).push(fill), origins.seed)
    expect(records.map.size).toBe(MAX_BOARD_RECORDS)
    const extra = geoShape()
    doc.transact(() => records.set(extra.id, extra), CLIENT)

    expect(records.has(extra.id)).toBe(false)
    expect(records.map.size).toBe(MAX_BOARD_RECORDS)
    expect(heard[0]?.repairs[0]?.reason).toContain('at most')
  })
})

describe('danglingBindings', () => {
  it('removes a binding whose target a client deleted, and leaves whole ones', () => {
    const { doc, records, heard } = guardedDoc()
    const [arrow, target] = [{ ...geoShape(), type: 'arrow' } as unknown as TLRecord, geoShape()]
    const binding = { id: 'binding:b', typeName: 'binding', type: 'arrow', fromId: arrow.id, toId: target.id, props: {}, meta: {} } as unknown as TLRecord
    doc.transact(() => [arrow, target, binding].forEach((record) => records.set(record.id, record)), origins.seed)
    doc.transact(() => records.delete(target.id), CLIENT)
    expect(records.has(binding.id)).toBe(false)
    expect(records.has(arrow.id)).toBe(true)
    expect(heard.at(-1)?.repairs[0]?.reason).toMatch(/between shapes/)
  })
})
