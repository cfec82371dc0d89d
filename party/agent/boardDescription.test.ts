import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { geoShape } from '../../e2e/support/records'
import { getRecords, origins, writeRecords } from '../../shared/doc'
import { BOARD_DESCRIPTION_TOKEN_BUDGET } from '../../shared/limits'
import { toRichText } from '@tldraw/tlschema'
import { BoardDraft } from '../board/boardDraft'
import { draftBase } from '../board/commitDraft'
import { DEFAULT_PAGE_ID, seedBoard } from '../room/seedBoard'
import { writeBigBoard } from './bigBoard'
import { approximateTokens, describeBoard, describeIndexedBoard, parseBoardDescription } from './boardDescription'
import { watchBoard } from './boardWatch'
import { createToolHarness } from './tools/toolHarness'

const viewport = { x: 0, y: 0, w: 1000, h: 800 }

function boardDoc(): Y.Doc {
  const doc = new Y.Doc()
  seedBoard(doc)
  return doc
}

describe('the board description', () => {
  it('lists each shape compactly and parses back', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', {
      shapes: [
        { type: 'geo', id: 'idea', geo: 'ellipse', x: 100, y: 120, w: 200, h: 100, text: 'Say "hi"\nthere', color: 'red' },
        { type: 'note', id: 'n1', x: 400, y: 100, text: 'milk' },
      ],
    })
    await board.call('create_arrows', { arrows: [{ from: 'idea', to: 'n1' }] })
    const text = describeBoard(new BoardDraft(draftBase(board.doc), DEFAULT_PAGE_ID), { viewport, selectedIds: ['shape:n1'] })
    expect(text).toContain('- id=n1 type=note x=400 y=100 w=200 h=200 color=yellow text="milk"')
    expect(text).toContain('id=idea type=geo geo=ellipse x=100 y=120 w=200 h=100 color=red text="Say \\"hi\\"\\nthere"')
    const parsed = parseBoardDescription(`instructions…\n${text}\nmore`)
    expect(parsed?.viewport).toEqual(viewport)
    expect(parsed?.selectedIds).toEqual(['n1'])
    expect(parsed?.shapes.find((shape) => shape.id === 'idea')).toMatchObject({ type: 'geo', geo: 'ellipse', x: 100, text: 'Say "hi"\nthere' })
    expect(parsed?.shapes.find((shape) => shape.type === 'arrow')).toMatchObject({ from: 'idea', to: 'n1' })
  })

  it.each([1_000, 10_000])('fits a %i-shape board in the token budget: the view in detail, the rest as clusters', (count) => {
    const doc = boardDoc()
    writeBigBoard(doc, count)
    const { index } = watchBoard(doc)
    const picked = `big${count - 1}` // far outside the view, but selected
    const text = describeIndexedBoard(index, DEFAULT_PAGE_ID, { viewport, selectedIds: [picked] })
    expect(approximateTokens(text)).toBeLessThanOrEqual(BOARD_DESCRIPTION_TOKEN_BUDGET)
    const parsed = parseBoardDescription(text)
    expect(parsed?.total).toBe(count)
    // Every shape meeting the 1000 × 800 view (8 columns × 7 rows of the grid), and the selected one first.
    expect(parsed?.shapes[0]?.id).toBe(picked)
    expect(parsed?.shapes.filter((shape) => shape.x < 1000 && shape.y < 800)).toHaveLength(8 * 7)
    expect(text).toMatch(/^~ cluster x=\d+ y=\d+ w=\d+ h=\d+ shapes=\d+ kinds=rectangle:\d+/m)
    const clustered = [...text.matchAll(/shapes=(\d+)/g)].reduce((sum, [, n]) => sum + Number(n), 0)
    const farther = Number(/\((\d+) more shapes in \d+ regions/.exec(text)?.[1] ?? 0)
    expect(clustered + farther + 8 * 7).toBe(count)
  })

  it('follows the board as it changes, without rebuilding', () => {
    const doc = boardDoc()
    writeBigBoard(doc, 1_000)
    const { index } = watchBoard(doc)
    const moved = geoShape({ id: 'shape:big999' as never, x: 300, y: 300, props: { richText: toRichText('Moved here') } })
    doc.transact(() => writeRecords(getRecords(doc), [moved], ['shape:big0']), origins.agent('t1'))
    const parsed = parseBoardDescription(describeIndexedBoard(index, DEFAULT_PAGE_ID, { viewport, selectedIds: [] }))
    expect(parsed?.shapes.find((shape) => shape.id === 'big999')).toMatchObject({ x: 300, text: 'Moved here' })
    expect(parsed?.shapes.find((shape) => shape.id === 'big0')).toBeUndefined()
    expect(parsed?.total).toBe(999)
  })

  it("tells the model what people changed since its last turn, by their presence names", () => {
    const doc = boardDoc()
    const awareness = new Awareness(doc)
    const watch = watchBoard(doc, awareness)
    const connection = { id: 'conn-alex' }
    const device = new Awareness(new Y.Doc())
    device.setLocalStateField('presence', { userName: 'Alex' })
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(device, [device.clientID]), connection)

    const build = geoShape({ id: 'shape:build' as never, x: 10, y: 10, props: { richText: toRichText('Build') } })
    doc.transact(() => writeRecords(getRecords(doc), [build]), origins.agent('t1')) // the agent's own: not an edit
    doc.transact(() => writeRecords(getRecords(doc), [{ ...build, x: 50 }]), connection)
    doc.transact(() => writeRecords(getRecords(doc), [{ ...build, x: 90 }]), connection) // one drag, one move
    const note = geoShape({ id: 'shape:n9' as never, type: 'note', props: { richText: toRichText('ask legal') } })
    doc.transact(() => writeRecords(getRecords(doc), [note]), { id: 'conn-unknown' })

    const text = describeIndexedBoard(watch.index, DEFAULT_PAGE_ID, { viewport, selectedIds: [] }, watch.edits.take())
    expect(text).toContain('Edits people made since your last turn: Alex moved rectangle build "Build"; Someone added note n9 "ask legal"')
    expect(watch.edits.take()).toEqual([])
  })
})
