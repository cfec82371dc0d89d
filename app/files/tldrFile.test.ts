import { createShapeId, createTLSchema, createTLStore, PageRecordType, type IndexKey, type TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { geoShape, TEST_PAGE_ID } from '../../e2e/support/records'
import { tldrContent, tldrFileName } from './tldrFile'

const schema = createTLSchema()

/** A `.tldr` file as tldraw writes it: format version, the schema, every record. */
function tldrFile(shapes: TLShape[]): string {
  const store = createTLStore({ schema })
  store.put([PageRecordType.create({ id: TEST_PAGE_ID, name: 'Page 1', index: 'a1' as IndexKey }), ...shapes])
  return JSON.stringify({ tldrawFileFormatVersion: 1, schema: schema.serialize(), records: store.allRecords() })
}

describe('tldrContent', () => {
  it('gives the shapes of a file as content, its top-level shapes as roots', () => {
    const frameId = createShapeId('frame')
    const frame = geoShape({ id: frameId })
    const inner = geoShape({ id: createShapeId('inner'), x: 10, y: 10, parentId: frameId })
    const result = tldrContent(tldrFile([frame, inner]), schema)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.content.shapes.map((shape) => shape.id).sort()).toEqual([frameId, inner.id].sort())
    expect(result.content.rootShapeIds).toEqual([frameId])
  })

  it('says what to do with a file that is not tldraw\u2019s', () => {
    expect(tldrContent('{"hello": 1}', schema)).toEqual({ ok: false, error: expect.stringContaining('Open a .tldr file') })
    expect(tldrContent('not json', schema)).toMatchObject({ ok: false })
  })

  it('refuses a file from a newer format', () => {
    const newer = JSON.stringify({ tldrawFileFormatVersion: 99, schema: schema.serialize(), records: [] })
    expect(tldrContent(newer, schema)).toEqual({ ok: false, error: expect.stringContaining('newer tldraw') })
  })

  it('refuses a file without shapes', () => {
    expect(tldrContent(tldrFile([]), schema)).toEqual({ ok: false, error: expect.stringContaining('no shapes') })
  })
})

describe('tldrFileName', () => {
  it('names the file after the board, safely', () => {
    expect(tldrFileName('Q1 roadmap')).toBe('Q1 roadmap.tldr')
    expect(tldrFileName('a/b: c?')).toBe('a b c.tldr')
    expect(tldrFileName('   ')).toBe('Sketchroom board.tldr')
  })
})
