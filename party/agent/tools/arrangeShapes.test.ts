import { describe, expect, it } from 'vitest'
import { createToolHarness } from './toolHarness'

describe('arrange_shapes and think', () => {
  it('stacks shapes in a row with a gap', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', {
      shapes: [
        { type: 'geo', id: 'a', x: 0, y: 0, w: 100, h: 50 },
        { type: 'geo', id: 'b', x: 500, y: 80, w: 60, h: 50 },
        { type: 'geo', id: 'c', x: 200, y: 40, w: 80, h: 50 },
      ],
    })
    expect(await board.call('arrange_shapes', { ids: ['a', 'b', 'c'], operation: 'stack-horizontal', gap: 10 })).toMatchObject({ ok: true })
    const x = (id: string) => board.shapes().find((shape) => shape.id === `shape:${id}`)?.x
    expect([x('a'), x('c'), x('b')]).toEqual([0, 110, 200])
  })

  it('aligns tops', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'a', x: 0, y: 30, w: 10, h: 10 }, { type: 'geo', id: 'b', x: 50, y: 90, w: 10, h: 10 }] })
    await board.call('arrange_shapes', { ids: ['a', 'b'], operation: 'align-top' })
    expect(board.shapes().map((shape) => shape.y)).toEqual([30, 30])
  })

  it('refuses unknown ids and unknown operations', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'a', x: 0, y: 0, w: 10, h: 10 }] })
    expect(await board.call('arrange_shapes', { ids: ['a', 'ghost'], operation: 'align-top' })).toMatchObject({ ok: false })
    expect(await board.call('arrange_shapes', { ids: ['a', 'a'], operation: 'spin' })).toMatchObject({ invalidInput: true })
  })

  it('think changes nothing and echoes the thought', async () => {
    const board = createToolHarness()
    const before = board.records()
    expect(await board.call('think', { thought: 'Three boxes, left to right.' })).toMatchObject({ ok: true, summary: 'Three boxes, left to right.' })
    expect(board.records()).toEqual(before)
    expect(await board.call('think', { thought: '' })).toMatchObject({ invalidInput: true })
  })
})
