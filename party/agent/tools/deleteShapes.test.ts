import { describe, expect, it } from 'vitest'
import { createToolHarness } from './toolHarness'

describe('delete_shapes', () => {
  it('deletes a frame with its contents, and unbinds arrows that pointed at deleted shapes', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', {
      shapes: [
        { type: 'frame', id: 'frame', x: 0, y: 0, w: 500, h: 500 },
        { type: 'geo', id: 'outside', x: 800, y: 0, w: 100, h: 100 },
      ],
    })
    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'inside', x: 100, y: 100, w: 100, h: 100, parent: 'frame' }] })
    await board.call('create_arrows', { arrows: [{ from: 'outside', to: 'inside' }] })

    const outcome = await board.call('delete_shapes', { ids: ['frame'] })
    expect(outcome).toMatchObject({ ok: true, result: { deleted: expect.arrayContaining(['frame', 'inside']) } })
    expect(board.shapes().map((shape) => shape.id).sort()).toEqual(expect.arrayContaining(['shape:outside']))
    expect(board.shapes().some((shape) => shape.id === 'shape:inside')).toBe(false)
    const bindings = board.records().filter((record) => record.typeName === 'binding')
    expect(bindings.map((b) => (b as { toId: string }).toId)).toEqual(['shape:outside'])
    // The arrow's loose end stays where the deleted shape was.
    const arrow = board.shapes().find((shape) => shape.type === 'arrow')
    expect(arrow?.props).toMatchObject({ end: { x: 150 - 850, y: 150 - 50 } })
  })

  it('refuses when none of the ids exist, and reports the missing ones otherwise', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', { shapes: [{ type: 'note', id: 'n', x: 0, y: 0, text: 'x' }] })
    expect(await board.call('delete_shapes', { ids: ['ghost'] })).toMatchObject({ ok: false })
    expect(await board.call('delete_shapes', { ids: ['n', 'ghost'] })).toMatchObject({ ok: true, result: { notFound: ['ghost'] } })
    expect(board.shapes()).toHaveLength(0)
  })

  it('refuses an empty list by schema', async () => {
    expect(await createToolHarness().call('delete_shapes', { ids: [] })).toMatchObject({ invalidInput: true })
  })
})
