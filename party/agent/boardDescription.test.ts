import { describe, expect, it } from 'vitest'
import { MAX_DESCRIBED_SHAPES } from '../../shared/limits'
import { BoardDraft } from '../board/boardDraft'
import { draftBase } from '../board/commitDraft'
import { DEFAULT_PAGE_ID } from '../room/seedBoard'
import { describeBoard, parseBoardDescription } from './boardDescription'
import { createToolHarness } from './tools/toolHarness'

const viewport = { x: 0, y: 0, w: 1000, h: 800 }

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

  it('caps big boards, listing selected and visible shapes first', async () => {
    const board = createToolHarness()
    const far = Array.from({ length: MAX_DESCRIBED_SHAPES }, (_, i) => ({ type: 'geo', x: 50_000 + i * 200, y: 0, w: 100, h: 100 }))
    for (let i = 0; i < far.length; i += 200) await board.call('create_shapes', { shapes: far.slice(i, i + 200) })
    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'visible', x: 10, y: 10, w: 10, h: 10 }, { type: 'geo', id: 'picked', x: 90_000, y: 0, w: 10, h: 10 }] })
    const text = describeBoard(new BoardDraft(draftBase(board.doc), DEFAULT_PAGE_ID), { viewport, selectedIds: ['picked'] })
    const parsed = parseBoardDescription(text)
    expect(parsed?.total).toBe(MAX_DESCRIBED_SHAPES + 2)
    expect(parsed?.shapes).toHaveLength(MAX_DESCRIBED_SHAPES)
    expect(parsed?.shapes.slice(0, 2).map((shape) => shape.id)).toEqual(['picked', 'visible'])
    expect(text).toContain('2 more shapes far from the viewport are not listed')
  })

  it('finds nothing in text without a description', () => {
    expect(parseBoardDescription('no board here')).toBeNull()
  })
})
