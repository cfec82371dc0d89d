import { describe, expect, it } from 'vitest'
import { GRID } from '../../../../board/grid'
import { groupBoxes, inside, kinds, overlappingPairs, overlapsWithExisting } from '../../testing/boardChecks'
import { turnOnBoard } from '../../testing/embeddedTurn'

const view = { x: 1000, y: 500, w: 1280, h: 800 }

async function draw(request: string, existing: unknown[] = []) {
  const { run, added, before } = await turnOnBoard(request, { existing, viewport: view })
  return { run, added, before }
}

describe('drawing shapes', () => {
  it('three red circles in a row', async () => {
    const { added, run } = await draw('three red circles in a row')
    expect(kinds(added)).toEqual({ 'geo/ellipse': 3 })
    expect(added.every((shape) => shape.color === 'red' && shape.w === shape.h)).toBe(true)
    expect(new Set(added.map((shape) => shape.y)).size).toBe(1)
    expect(overlappingPairs(added)).toEqual([])
    expect(added.every((shape) => inside(shape, view))).toBe(true)
    expect(run.text).toMatch(/3 red circles in a row/)
  })

  it('a big blue star in the top left', async () => {
    const { added } = await draw('a big blue star in the top left')
    expect(kinds(added)).toEqual({ 'geo/star': 1 })
    const [star] = added
    expect(star?.color).toBe('blue')
    expect(star?.w).toBeGreaterThan(120)
    expect(star && star.x + star.w / 2).toBeLessThan(view.x + view.w / 3)
    expect(star && star.y + star.h / 2).toBeLessThan(view.y + view.h / 3)
    expect(star && inside(star, view)).toBe(true)
  })

  it('5 small green triangles in a column', async () => {
    const { added } = await draw('5 small green triangles in a column')
    expect(kinds(added)).toEqual({ 'geo/triangle': 5 })
    expect(added.every((shape) => shape.color === 'green' && shape.w < 120)).toBe(true)
    expect(new Set(added.map((shape) => shape.x)).size).toBe(1)
    expect(overlappingPairs(added)).toEqual([])
  })

  it.each([
    ['a couple of hearts', 'geo/heart', 2],
    ['two diamonds', 'geo/diamond', 2],
    ['4 hexagons', 'geo/hexagon', 4],
    ['six octagons', 'geo/octagon', 6],
    ['a pentagon', 'geo/pentagon', 1],
    ['a few clouds', 'geo/cloud', 3],
    ['a square', 'geo/rectangle', 1],
    ['an oval', 'geo/oval', 1],
    ['an ellipse', 'geo/ellipse', 1],
    ['a rhombus', 'geo/rhombus', 1],
    ['a trapezoid', 'geo/trapezoid', 1],
    ['a right arrow and a left arrow', 'geo/arrow-right', 1],
    ['an up arrow', 'geo/arrow-up', 1],
    ['a down arrow', 'geo/arrow-down', 1],
    ['an x-box', 'geo/x-box', 1],
    ['2 check boxes', 'geo/check-box', 2],
    ['three rectangles', 'geo/rectangle', 3],
  ])('%s', async (request, kind, count) => {
    const { added } = await draw(request)
    expect(kinds(added)[kind]).toBe(count)
    expect(overlappingPairs(added)).toEqual([])
  })

  it('several kinds with their own colours', async () => {
    const { added } = await draw('two red circles and a blue square')
    expect(kinds(added)).toEqual({ 'geo/ellipse': 2, 'geo/rectangle': 1 })
    expect(added.filter((shape) => shape.geo === 'ellipse').every((shape) => shape.color === 'red')).toBe(true)
    expect(added.find((shape) => shape.geo === 'rectangle')?.color).toBe('blue')
    const square = added.find((shape) => shape.geo === 'rectangle')
    expect(square?.w).toBe(square?.h)
  })

  it('labels shapes and sizes them to fit', async () => {
    const { added } = await draw('a purple box labelled "Quarterly planning meeting"')
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ geo: 'rectangle', color: 'violet', text: 'Quarterly planning meeting' })
    expect(added[0]?.w).toBeGreaterThanOrEqual(300)
  })

  it('keeps clear of what is already on the board, on the grid, inside the view', async () => {
    const existing = [{ type: 'geo', x: 1500, y: 760, w: 300, h: 300 }, { type: 'note', x: 1100, y: 600, text: 'hi' }]
    const { added, before } = await draw('four yellow stars', existing)
    expect(added).toHaveLength(4)
    expect(overlapsWithExisting(added, before)).toEqual([])
    expect(added.every((shape) => inside(shape, view))).toBe(true)
    expect(added.every((shape) => shape.x % GRID === 0 && shape.y % GRID === 0)).toBe(true)
  })

  it('goes beside the existing content when the view is full', async () => {
    const { added, before } = await draw('three circles', [{ type: 'geo', x: 1000, y: 500, w: 1280, h: 800 }])
    expect(added).toHaveLength(3)
    expect(overlapsWithExisting(added, before)).toEqual([])
    expect(Math.min(...added.map((shape) => shape.x))).toBeGreaterThanOrEqual(2280)
  })

  it('understands sizes, fills and outlines', async () => {
    const { added } = await draw('a huge dashed orange hexagon')
    expect(added[0]).toMatchObject({ geo: 'hexagon', color: 'orange' })
    expect(added[0]?.w).toBeGreaterThanOrEqual(280)
    const tiny = await draw('a tiny outlined circle')
    expect(tiny.added[0]?.w).toBeLessThanOrEqual(60)
  })

  it('draws each group of shapes as its own call', async () => {
    const { run } = await draw('a red circle, a blue triangle and a green star')
    expect(run.calls.filter((call) => call.toolName === 'create_shapes')).toHaveLength(3)
    expect(overlappingPairs(groupBoxes(run.groups))).toEqual([])
  })
})
