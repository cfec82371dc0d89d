import { describe, expect, it } from 'vitest'
import { groupBoxes, inside, overlappingPairs, overlapsWithExisting } from '../testing/boardChecks'
import { turnOnBoard } from '../testing/embeddedTurn'

const view = { x: -400, y: -300, w: 1440, h: 900 }

async function scene(request: string, existing: unknown[] = []) {
  const { run, before } = await turnOnBoard(request, { existing, viewport: view })
  const boxes = groupBoxes(run.groups)
  expect(overlappingPairs(boxes)).toEqual([])
  expect(overlapsWithExisting(boxes, before)).toEqual([])
  return { run, boxes, added: run.groups.flat() }
}

describe('scenes', () => {
  it('a house: walls, roof, door and windows', async () => {
    const { added, boxes } = await scene('draw a house')
    expect(added.filter((shape) => shape.geo === 'triangle')).toHaveLength(1)
    expect(added.filter((shape) => shape.geo === 'rectangle').length).toBeGreaterThanOrEqual(4)
    expect(boxes.every((box) => inside(box, view))).toBe(true)
  })

  it('a house with a tree: two drawings side by side, standing on one line', async () => {
    const { run, boxes } = await scene('a house with a tree')
    expect(run.groups).toHaveLength(2)
    expect(run.groups[1]?.some((shape) => shape.geo === 'cloud' && shape.color === 'green')).toBe(true)
    const [house, tree] = boxes
    expect(house && tree && house.y + house.h).toBe(tree && tree.y + tree.h)
  })

  it('a house with a garden: a house, a tree and flowers', async () => {
    const { run } = await scene('a house with a garden')
    expect(run.groups.length).toBeGreaterThanOrEqual(4)
    expect(run.text).toMatch(/house/)
  })

  it('a smiley: a face with two eyes and a smile', async () => {
    const { added } = await scene('a smiley face')
    expect(added.filter((shape) => shape.geo === 'ellipse')).toHaveLength(3)
    expect(added.filter((shape) => shape.type === 'line')).toHaveLength(1)
  })

  it('a sun above the house, on the right', async () => {
    const { boxes } = await scene('a house and a sun')
    const [house, sun] = boxes
    expect(sun && house && sun.y + sun.h).toBeLessThanOrEqual(house?.y ?? 0)
  })

  it('a sun in the top right corner', async () => {
    const { boxes } = await scene('a sun in the top right')
    const [sun] = boxes
    expect(sun && sun.x).toBeGreaterThan(view.x + view.w / 2)
    expect(sun && sun.y).toBeLessThan(view.y + view.h / 3)
  })

  it.each(['a tree', 'three trees', 'a forest', 'a flower', 'a moon', 'a cloud', 'a mountain', 'a rainbow', 'a snowman', 'a car', 'a rocket', 'a boat', 'a fish', 'a stick figure', 'a big red house', 'two small houses and a cat'])(
    '%s',
    async (request) => {
      const { added, boxes } = await scene(request)
      expect(added.length).toBeGreaterThan(0)
      expect(boxes.every((box) => inside(box, view))).toBe(true)
    },
  )

  it('a red house has red walls', async () => {
    const { added } = await scene('a red house')
    expect(added.some((shape) => shape.geo === 'rectangle' && shape.color === 'red' && shape.w >= 200)).toBe(true)
  })

  it('finds room beside what is already there', async () => {
    await scene('a house with a tree', [{ type: 'geo', x: 100, y: 50, w: 300, h: 300 }, { type: 'note', x: -300, y: -200, text: 'x' }])
  })
})
