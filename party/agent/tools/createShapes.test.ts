import { describe, expect, it } from 'vitest'
import { MAX_SHAPES_PER_TOOL_CALL } from '../../../shared/limits'
import { plainText } from '../../board/richText'
import { createToolHarness } from './toolHarness'

const geo = (extra: object = {}) => ({ type: 'geo', x: 100, y: 100, w: 120, h: 80, ...extra })

describe('create_shapes', () => {
  it('creates every kind of shape as valid tldraw records, in one transaction with the agent origin', async () => {
    const board = createToolHarness()
    const origins: unknown[] = []
    board.doc.on('afterTransaction', (transaction) => origins.push(transaction.origin))
    const outcome = await board.call('create_shapes', {
      shapes: [
        geo({ id: 'box', geo: 'star', text: 'Hi', color: 'red', fill: 'solid' }),
        { type: 'text', x: 0, y: 300, text: 'Title', size: 'xl' },
        { type: 'note', x: 300, y: 300, text: 'milk' },
        { type: 'frame', id: 'f', x: 600, y: 0, w: 400, h: 300, name: 'Ideas' },
        { type: 'line', x: 0, y: 0, points: [{ x: 0, y: 0 }, { x: 50, y: 60 }, { x: 100, y: 0 }] },
        { type: 'draw', x: 0, y: 0, points: [{ x: 10, y: 10 }, { x: 20, y: 30 }, { x: 40, y: 5 }], closed: true },
      ],
    })
    expect(outcome).toMatchObject({ ok: true })
    expect(origins.filter((origin) => origin === 'agent:turn-test')).toHaveLength(1)
    const shapes = board.shapes()
    expect(shapes.map((shape) => shape.type).sort()).toEqual(['draw', 'frame', 'geo', 'line', 'note', 'text'])
    const star = shapes.find((shape) => shape.id === 'shape:box')
    expect(star).toMatchObject({ x: 100, y: 100, props: { geo: 'star', color: 'red', fill: 'solid', w: 120, h: 80 } })
    expect(plainText((star?.props as { richText: never }).richText)).toBe('Hi')
    expect(board.commits).toHaveLength(1)
  })

  it('keeps the model\'s ids, renames on collision, and resolves the names later in the turn', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', { shapes: [geo({ id: 'a' })] })
    const second = await board.call('create_shapes', { shapes: [geo({ id: 'a', x: 400 })] })
    expect(second).toMatchObject({ ok: true, result: { created: [{ ref: 'a', id: 'a-2' }] } })
    // "a" now means the newer shape for this turn.
    const arrow = await board.call('create_arrows', { arrows: [{ from: 'a', to: { x: 0, y: 0 } }] })
    expect(arrow).toMatchObject({ ok: true })
  })

  it('puts shapes into a frame, converting page to frame coordinates', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', { shapes: [{ type: 'frame', id: 'frame', x: 500, y: 500, w: 400, h: 400 }] })
    await board.call('create_shapes', { shapes: [geo({ id: 'inside', x: 550, y: 560, parent: 'frame' })] })
    expect(board.shapes().find((shape) => shape.id === 'shape:inside')).toMatchObject({ parentId: 'shape:frame', x: 50, y: 60 })
  })

  it.each([
    ['a negative width', { shapes: [geo({ w: -1 })] }],
    ['an unknown type', { shapes: [{ type: 'blob', x: 0, y: 0 }] }],
    ['an unknown colour', { shapes: [geo({ color: 'chartreuse' })] }],
    ['a coordinate that is not a number', { shapes: [geo({ x: 'left' })] }],
    ['infinity', { shapes: [geo({ x: Infinity })] }],
    ['no shapes', { shapes: [] }],
    ['too many shapes', { shapes: Array.from({ length: MAX_SHAPES_PER_TOOL_CALL + 1 }, () => geo()) }],
    ['a bad id', { shapes: [geo({ id: 'has space' })] }],
  ])('refuses %s by schema, changing nothing', async (_label, input) => {
    const board = createToolHarness()
    const before = board.records()
    expect(await board.call('create_shapes', input)).toMatchObject({ ok: false, invalidInput: true })
    expect(board.records()).toEqual(before)
  })

  it('refuses a parent that is not a frame, creating none of the batch', async () => {
    const board = createToolHarness()
    const before = board.records()
    const outcome = await board.call('create_shapes', { shapes: [geo(), geo({ parent: 'nowhere' })] })
    expect(outcome).toMatchObject({ ok: false })
    if (!outcome.ok) expect(outcome.error).toContain('shapes[1]')
    expect(board.records()).toEqual(before)
  })

  it('stops at the turn\'s shape budget, changing nothing', async () => {
    const board = createToolHarness()
    board.context.shapeBudget.remaining = 1
    const outcome = await board.call('create_shapes', { shapes: [geo(), geo({ x: 400 })] })
    expect(outcome).toMatchObject({ ok: false })
    expect(board.shapes()).toHaveLength(0)
  })
})
