import { describe, expect, it } from 'vitest'
import { createToolHarness } from './toolHarness'

async function twoBoxes() {
  const board = createToolHarness()
  await board.call('create_shapes', {
    shapes: [
      { type: 'geo', id: 'a', x: 0, y: 0, w: 100, h: 100 },
      { type: 'geo', id: 'b', x: 300, y: 0, w: 100, h: 100 },
    ],
  })
  return board
}

describe('create_arrows', () => {
  it('binds both ends to the shapes', async () => {
    const board = await twoBoxes()
    const outcome = await board.call('create_arrows', { arrows: [{ from: 'a', to: 'shape:b', text: 'next' }] })
    expect(outcome).toMatchObject({ ok: true })
    const arrow = board.shapes().find((shape) => shape.type === 'arrow')
    expect(arrow).toMatchObject({ x: 50, y: 50, props: { start: { x: 0, y: 0 }, end: { x: 300, y: 0 } } })
    const bindings = board.records().filter((record) => record.typeName === 'binding')
    expect(bindings.map((b) => [(b as { props: { terminal: string } }).props.terminal, (b as { toId: string }).toId]).sort()).toEqual([
      ['end', 'shape:b'],
      ['start', 'shape:a'],
    ])
  })

  it('leaves ends at free points unbound', async () => {
    const board = await twoBoxes()
    await board.call('create_arrows', { arrows: [{ from: { x: 0, y: 500 }, to: 'b' }] })
    expect(board.records().filter((record) => record.typeName === 'binding')).toHaveLength(1)
  })

  it.each([
    ['an unknown shape', { arrows: [{ from: 'a', to: 'ghost' }] }],
    ['the same shape at both ends', { arrows: [{ from: 'a', to: 'a' }] }],
  ])('refuses %s and creates none of the batch', async (_label, input) => {
    const board = await twoBoxes()
    const before = board.records()
    const outcome = await board.call('create_arrows', { arrows: [{ from: 'a', to: 'b' }, ...input.arrows] })
    expect(outcome).toMatchObject({ ok: false })
    expect(board.records()).toEqual(before)
  })

  it('refuses ends that are neither ids nor points by schema', async () => {
    const board = await twoBoxes()
    expect(await board.call('create_arrows', { arrows: [{ from: 5, to: 'b' }] })).toMatchObject({ invalidInput: true })
  })
})
