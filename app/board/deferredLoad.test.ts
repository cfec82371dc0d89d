import { createTLStore, type TLShape, type TLStore } from 'tldraw'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { geoShape, TEST_PAGE_ID } from '../../e2e/support/records'
import { getRecords, writeRecords } from '../../shared/doc'
import { FIRST_PAINT_SHAPES, LOAD_CHUNK_BUDGET_MS, LOAD_CHUNK_MAX_SHAPES, LOAD_CHUNK_MIN_GROWTH, LOAD_CHUNK_MIN_SHAPES } from '../../shared/limits'
import { seedBoard } from '../../party/room/seedBoard'
import { nextChunkSize } from './deferredLoad'
import { bindStoreToDoc } from './storeBinding'

/** Frames on demand: the binding's deferred chunks run when the test says a frame painted. */
function manualFrames() {
  const tasks: (() => void)[] = []
  return {
    afterPaint: (task: () => void) => {
      tasks.push(task)
      return () => tasks.splice(tasks.indexOf(task), 1)
    },
    paint: () => tasks.shift()?.(),
    get pending() {
      return tasks.length
    },
  }
}

const unbinds: (() => void)[] = []
afterEach(() => {
  for (const unbind of unbinds.splice(0)) unbind()
})

/** A seeded doc with `count` shapes in a row, the first nearest the origin. */
function bigDoc(count: number): { doc: Y.Doc; shapes: TLShape[] } {
  const doc = new Y.Doc()
  seedBoard(doc)
  const shapes = Array.from({ length: count }, (_, i) => geoShape({ x: i * 10, y: 0 }))
  doc.transact(() => writeRecords(getRecords(doc), shapes))
  return { doc, shapes }
}

const shapeCount = (store: TLStore) => store.allRecords().filter((record) => record.typeName === 'shape').length

function bind(doc: Y.Doc) {
  const frames = manualFrames()
  const store = createTLStore({})
  let loaded = false
  unbinds.push(bindStoreToDoc(store, doc, { afterPaint: frames.afterPaint, onLoaded: () => (loaded = true) }))
  const paintUntilLoaded = () => {
    for (let i = 0; i < 10_000 && !loaded; i++) frames.paint()
  }
  return { store, frames, paintUntilLoaded, loaded: () => loaded }
}

describe('loading a big board in steps', () => {
  it('puts the shapes nearest the view first and the rest after paints', () => {
    const { doc, shapes } = bigDoc(FIRST_PAINT_SHAPES + 700)
    const { store, frames, paintUntilLoaded, loaded } = bind(doc)
    expect(shapeCount(store)).toBe(FIRST_PAINT_SHAPES)
    expect(store.has(shapes[0]!.id)).toBe(true)
    expect(store.has(shapes.at(-1)!.id)).toBe(false)
    expect(store.get(TEST_PAGE_ID)).toBeDefined()
    expect(frames.pending).toBe(1)
    paintUntilLoaded()
    expect(loaded()).toBe(true)
    expect(shapeCount(store)).toBe(shapes.length)
  })

  it('loads a small board at once', () => {
    const { doc } = bigDoc(FIRST_PAINT_SHAPES)
    const { store, frames, loaded } = bind(doc)
    expect(shapeCount(store)).toBe(FIRST_PAINT_SHAPES)
    expect(frames.pending).toBe(0)
    expect(loaded()).toBe(true)
  })

  it('keeps edits made while it loads: a waiting shape loads as the doc has it then, a deleted one never', () => {
    const { doc, shapes } = bigDoc(FIRST_PAINT_SHAPES + 700)
    const { store, paintUntilLoaded } = bind(doc)
    const moved = shapes.at(-1)!
    const deleted = shapes.at(-2)!
    const added = geoShape({ x: 99_999 })
    const child = geoShape({ parentId: shapes.at(-3)!.id as unknown as TLShape['parentId'] })
    doc.transact(() => writeRecords(getRecords(doc), [{ ...moved, x: -5 }, added, child], [deleted.id]), 'someone else')
    // Not waiting on anything: at once. Waiting, or waiting on its parent: in its turn.
    expect(store.has(added.id)).toBe(true)
    expect(store.has(moved.id)).toBe(false)
    expect(store.has(child.id)).toBe(false)
    paintUntilLoaded()
    expect(store.get(moved.id)).toMatchObject({ x: -5 })
    expect(store.has(deleted.id)).toBe(false)
    expect(store.has(child.id)).toBe(true)
    expect(shapeCount(store)).toBe(shapes.length + 1)
  })

  it('writes this device’s edits of loaded shapes to the doc while the rest loads', () => {
    const { doc, shapes } = bigDoc(FIRST_PAINT_SHAPES + 700)
    const { store } = bind(doc)
    store.update(shapes[0]!.id, (record) => ({ ...record, y: 42 }))
    expect(getRecords(doc).get(shapes[0]!.id)).toMatchObject({ y: 42 })
  })

  it('stops loading once unbound', () => {
    const { doc } = bigDoc(FIRST_PAINT_SHAPES + 700)
    const { store, frames } = bind(doc)
    unbinds.pop()!()
    expect(frames.pending).toBe(0)
    expect(shapeCount(store)).toBe(FIRST_PAINT_SHAPES)
  })
})

describe('nextChunkSize', () => {
  it('grows when chunks are quick, shrinks when slow, within bounds', () => {
    expect(nextChunkSize(200, LOAD_CHUNK_BUDGET_MS / 4)).toBe(400)
    expect(nextChunkSize(200, LOAD_CHUNK_BUDGET_MS * 2)).toBe(100)
    expect(nextChunkSize(LOAD_CHUNK_MAX_SHAPES, 0)).toBe(LOAD_CHUNK_MAX_SHAPES)
    expect(nextChunkSize(LOAD_CHUNK_MIN_SHAPES, 10_000)).toBe(LOAD_CHUNK_MIN_SHAPES)
  })

  it('adds at least a share of what is loaded, however slow the chunks', () => {
    expect(nextChunkSize(LOAD_CHUNK_MIN_SHAPES, 10_000, 4_000)).toBe(Math.min(LOAD_CHUNK_MAX_SHAPES, 4_000 * LOAD_CHUNK_MIN_GROWTH))
    expect(nextChunkSize(LOAD_CHUNK_MIN_SHAPES, 10_000, 100_000)).toBe(LOAD_CHUNK_MAX_SHAPES)
  })
})
