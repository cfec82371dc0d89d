import { describe, expect, it } from 'vitest'
import { plainText } from '../../board/richText'
import { createToolHarness } from './toolHarness'

async function boardWithShapes() {
  const board = createToolHarness()
  await board.call('create_shapes', {
    shapes: [
      { type: 'geo', id: 'box', x: 0, y: 0, w: 100, h: 100, text: 'Idea' },
      { type: 'note', id: 'note', x: 300, y: 0, text: 'milk' },
    ],
  })
  return board
}

describe('update_shapes', () => {
  it('moves, resizes, recolours and relabels', async () => {
    const board = await boardWithShapes()
    const outcome = await board.call('update_shapes', { updates: [{ id: 'box', x: 40, y: 60, w: 200, color: 'blue', text: 'Concept', geo: 'ellipse' }] })
    expect(outcome).toMatchObject({ ok: true })
    const box = board.shapes().find((shape) => shape.id === 'shape:box')
    expect(box).toMatchObject({ x: 40, y: 60, props: { w: 200, h: 100, color: 'blue', geo: 'ellipse' } })
    expect(plainText((box?.props as { richText: never }).richText)).toBe('Concept')
  })

  it('reports fields a shape does not have instead of failing', async () => {
    const board = await boardWithShapes()
    const outcome = await board.call('update_shapes', { updates: [{ id: 'note', w: 500, color: 'green' }] })
    expect(outcome).toMatchObject({ ok: true, result: { ignored: ['note (note) has no w'] } })
    expect(board.shapes().find((shape) => shape.id === 'shape:note')).toMatchObject({ props: { color: 'green' } })
  })

  it('refuses unknown ids, changing nothing', async () => {
    const board = await boardWithShapes()
    const before = board.records()
    expect(await board.call('update_shapes', { updates: [{ id: 'box', x: 1 }, { id: 'ghost', x: 1 }] })).toMatchObject({ ok: false })
    expect(board.records()).toEqual(before)
  })

  it('refuses invalid values by schema', async () => {
    const board = await boardWithShapes()
    expect(await board.call('update_shapes', { updates: [{ id: 'box', w: 0 }] })).toMatchObject({ invalidInput: true })
    expect(await board.call('update_shapes', { updates: [{ id: 'box', color: 'mauve' }] })).toMatchObject({ invalidInput: true })
  })
})
