import { describe, expect, it } from 'vitest'
import { overlappingPairs } from '../../testing/boardChecks'
import { boardShapes, boardWith, runEmbeddedTurn } from '../../testing/embeddedTurn'

describe('tidy up', () => {
  it('lays out overlapping boxes a person joined by arrows, keeping the arrows bound', async () => {
    const harness = await boardWith(
      [
        { type: 'geo', id: 'one', x: 100, y: 100, w: 160, h: 80, text: 'One' },
        { type: 'geo', id: 'two', x: 140, y: 130, w: 160, h: 80, text: 'Two' },
        { type: 'geo', id: 'three', x: 700, y: 500, w: 160, h: 80, text: 'Three' },
      ],
      { x: 0, y: 0, w: 1280, h: 800 },
    )
    expect((await harness.call('create_arrows', { arrows: [{ from: 'one', to: 'two' }, { from: 'two', to: 'three' }] })).ok).toBe(true)
    const run = await runEmbeddedTurn(harness, 'tidy up')
    expect(run.toolErrors).toEqual([])
    expect(run.calls.map((call) => call.toolName).filter((name) => name !== 'think')).toEqual(['layout_shapes'])
    const shapes = boardShapes(harness)
    const boxes = shapes.filter((shape) => shape.type === 'geo')
    expect(overlappingPairs(boxes)).toEqual([])
    const label = (id: string | undefined) => boxes.find((box) => box.id === id)?.text
    expect(shapes.filter((shape) => shape.type === 'arrow').map((arrow) => `${label(arrow.from)}>${label(arrow.to)}`).sort()).toEqual(['One>Two', 'Two>Three'])
    // Laid out top to bottom along the arrows.
    const y = (text: string) => boxes.find((box) => box.text === text)?.y ?? 0
    expect(y('One')).toBeLessThan(y('Two'))
    expect(y('Two')).toBeLessThan(y('Three'))
  })
})
