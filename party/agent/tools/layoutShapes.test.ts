import type { TLArrowBinding } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { BoardDraft } from '../../board/boardDraft'
import { draftBase } from '../../board/commitDraft'
import { intersects } from '../../board/geometry'
import { createToolHarness } from './toolHarness'

describe('layout_shapes', () => {
  it('lays hand-drawn boxes out along their arrows, without overlaps, arrows still bound', async () => {
    const board = createToolHarness({ viewport: { x: 0, y: 0, w: 1600, h: 1000 } })
    // A messy pile: overlapping boxes joined a -> b -> c and a -> c.
    await board.call('create_shapes', { shapes: ['a', 'b', 'c'].map((id, i) => ({ type: 'geo', id, x: 100 + i * 30, y: 100 + i * 20, w: 120, h: 60, text: id })) })
    await board.call('create_arrows', { arrows: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'a', to: 'c' }] })
    const bindingsBefore = board.records().filter((record) => record.typeName === 'binding')
    expect(await board.call('layout_shapes', { ids: ['a', 'b', 'c'], direction: 'TB' })).toMatchObject({ ok: true, result: { moved: 3, arrows: 3 } })
    const draft = new BoardDraft(draftBase(board.doc), board.context.pageId)
    const [a, b, c] = ['shape:a', 'shape:b', 'shape:c'].map((id) => draft.pageBounds(id)!)
    expect(intersects(a!, b!) || intersects(b!, c!) || intersects(a!, c!)).toBe(false)
    expect(a!.y).toBeLessThan(b!.y)
    expect(b!.y).toBeLessThan(c!.y)
    const bindingsAfter = board.records().filter((record): record is TLArrowBinding => record.typeName === 'binding')
    expect(bindingsAfter).toEqual(bindingsBefore)
  })

  it('refuses unknown ids and changes nothing', async () => {
    const board = createToolHarness()
    const before = board.records()
    expect(await board.call('layout_shapes', { ids: ['ghost', 'other'] })).toMatchObject({ ok: false })
    expect(board.records()).toEqual(before)
  })
})
