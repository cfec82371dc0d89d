import { createBindingId, type TLRecord, type TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { geoShape, TEST_PAGE_ID } from '../../e2e/support/records'
import { loadOrder } from './loadOrder'

const page = (id: string, index: string) => ({ id, typeName: 'page', name: id, index, meta: {} }) as unknown as TLRecord
const at = (x: number, y: number, parentId: string = TEST_PAGE_ID) => geoShape({ x, y, parentId: parentId as TLShape['parentId'] })

describe('loadOrder', () => {
  it('puts pages first, then shapes nearest the focus, then bindings', () => {
    const far = at(5_000, 0)
    const near = at(10, 10)
    const binding = { id: createBindingId('b'), typeName: 'binding' } as unknown as TLRecord
    const order = loadOrder([binding, far, page(TEST_PAGE_ID, 'a1'), near], { pageId: TEST_PAGE_ID, x: 0, y: 0 })
    expect(order.head.map((record) => record.id)).toEqual([TEST_PAGE_ID])
    expect(order.shapes.map((shape) => shape.id)).toEqual([near.id, far.id])
    expect(order.bindings).toEqual([binding])
  })

  it('puts every child after its parent, placed by its top ancestor', () => {
    const frame = at(2_000, 0)
    const child = at(0, 0, frame.id)
    const grandchild = at(1, 1, child.id)
    const middle = at(1_000, 0)
    const order = loadOrder([grandchild, child, middle, frame], { pageId: TEST_PAGE_ID, x: 0, y: 0 })
    expect(order.shapes.map((shape) => shape.id)).toEqual([middle.id, frame.id, child.id, grandchild.id])
  })

  it('puts shapes of other pages after the current page’s, and defaults to the first page', () => {
    const other = at(0, 0, 'page:other')
    const here = at(9_000, 9_000)
    const records = [page('page:other', 'a2'), page(TEST_PAGE_ID, 'a1'), other, here]
    expect(loadOrder(records, { pageId: null, x: 0, y: 0 }).shapes.map((shape) => shape.id)).toEqual([here.id, other.id])
    expect(loadOrder(records, { pageId: 'page:other', x: 0, y: 0 }).shapes.map((shape) => shape.id)).toEqual([other.id, here.id])
  })

  it('survives a parent cycle', () => {
    const a = at(0, 0)
    const b = at(0, 0, a.id)
    const looped = { ...a, parentId: b.id } as TLShape
    expect(loadOrder([looped, b], { pageId: TEST_PAGE_ID, x: 0, y: 0 }).shapes).toHaveLength(2)
  })
})
