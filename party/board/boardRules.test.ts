import { createShapeId, type TLRecord, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { geoShape, TEST_PAGE_ID } from '../../e2e/support/records'
import { getRecords, writeRecords } from '../../shared/doc'
import { MAX_BOARD_TEXT_CHARS, MAX_SHAPE_DEPTH } from '../../shared/limits'
import { seedBoard } from '../room/seedBoard'
import { getBoardIndex } from './boardIndex'
import { ancestryProblem, checkBoardChanges } from './boardRules'

function board(records: TLRecord[] = []) {
  const doc = new Y.Doc()
  seedBoard(doc)
  writeRecords(getRecords(doc), records)
  return getBoardIndex(doc)
}

const puts = (...records: TLRecord[]) => ({ puts: new Map(records.map((record) => [record.id, record])), deletes: new Set<string>() })
const chain = (count: number, parentId: string = TEST_PAGE_ID): TLShape[] => {
  const shapes: TLShape[] = []
  for (let i = 0; i < count; i++) {
    shapes.push(geoShape({ id: createShapeId(`c${i}`), parentId: (shapes.at(-1)?.id ?? parentId) as TLShapeId }))
  }
  return shapes
}

describe('checkBoardChanges', () => {
  it('accepts new shapes, moves and deletions', () => {
    const [a, b] = [geoShape(), geoShape()]
    const index = board([a, b])
    expect(checkBoardChanges(index, puts(geoShape(), { ...a, parentId: b.id }))).toBeNull()
    expect(checkBoardChanges(index, { puts: new Map(), deletes: new Set([a.id]) })).toBeNull()
  })

  it('refuses parent cycles, new or closed with a shape already on the board', () => {
    const [a, b] = [geoShape(), geoShape()]
    const index = board([a, { ...b, parentId: a.id }])
    expect(checkBoardChanges(index, puts({ ...a, parentId: b.id }))).toMatch(/parent cycle/)
    const [c, d] = [geoShape(), geoShape()]
    expect(checkBoardChanges(index, puts({ ...c, parentId: d.id }, { ...d, parentId: c.id }))).toMatch(/parent cycle/)
  })

  it(`refuses shapes nested deeper than ${MAX_SHAPE_DEPTH}, and moves that push a subtree too deep`, () => {
    expect(checkBoardChanges(board(), puts(...chain(MAX_SHAPE_DEPTH + 1)))).toBeNull()
    expect(checkBoardChanges(board(), puts(...chain(MAX_SHAPE_DEPTH + 2)))).toMatch(/nest at most/)
    const existing = chain(MAX_SHAPE_DEPTH + 1)
    const holder = geoShape()
    const index = board([holder, ...existing])
    expect(checkBoardChanges(index, puts({ ...existing[0]!, parentId: holder.id }))).toMatch(/nest at most/)
  })

  it('refuses bindings that do not run from an arrow to a shape, and shapes that change type', () => {
    const [a, b] = [geoShape(), geoShape()]
    const arrow = { ...geoShape(), type: 'arrow' } as unknown as TLShape
    const index = board([a, b, arrow])
    const binding = (fromId: string, toId: string) => ({ id: 'binding:x', typeName: 'binding', type: 'arrow', fromId, toId, props: {}, meta: {} }) as unknown as TLRecord
    expect(checkBoardChanges(index, puts(binding(a.id, b.id)))).toMatch(/start at an arrow/)
    expect(checkBoardChanges(index, puts(binding(arrow.id, 'shape:missing')))).toMatch(/end at a shape/)
    expect(checkBoardChanges(index, puts(binding(arrow.id, b.id)))).toBeNull()
    expect(checkBoardChanges(index, puts({ ...arrow, type: 'geo' } as TLShape))).toMatch(/cannot become/)
  })

  it('keeps the document and a page', () => {
    const index = board()
    expect(checkBoardChanges(index, { puts: new Map(), deletes: new Set(['document:document']) })).toMatch(/document/)
    expect(checkBoardChanges(index, { puts: new Map(), deletes: new Set([TEST_PAGE_ID]) })).toMatch(/one page/)
  })

  it('bounds the board’s text, but lets a board already over it shrink', () => {
    const long = (text: number) => geoShape({ meta: { t: 'x'.repeat(text) } })
    const full = Array.from({ length: MAX_BOARD_TEXT_CHARS / 5_000 }, () => long(4_999))
    const index = board(full)
    expect(checkBoardChanges(index, puts(long(200)))).toMatch(/characters of text/)
    expect(checkBoardChanges(index, { puts: new Map(), deletes: new Set([full[0]!.id]) })).toBeNull()
  })
})

describe('ancestryProblem', () => {
  it('finds a cycle and a chain too deep on a board as it is', () => {
    const [a, b] = [geoShape(), geoShape()]
    const records = new Map<string, TLRecord>([
      [a.id, { ...a, parentId: b.id }],
      [b.id, { ...b, parentId: a.id }],
    ])
    expect(ancestryProblem((id) => records.get(id), a.id)).toMatch(/parent cycle/)
    const deep = chain(MAX_SHAPE_DEPTH + 2)
    const byId = new Map<string, TLRecord>(deep.map((shape) => [shape.id, shape]))
    expect(ancestryProblem((id) => byId.get(id), deep.at(-1)!.id)).toMatch(/nest at most/)
    expect(ancestryProblem((id) => byId.get(id), deep[3]!.id)).toBeNull()
  })
})
