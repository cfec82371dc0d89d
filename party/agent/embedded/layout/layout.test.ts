import { describe, expect, it } from 'vitest'
import { arrangeDrawings, type Drawing } from './arrangeDrawings'
import { CLEARANCE, boxesOverlap, findFreeSpot } from '../../../board/freeSpace'
import { snap, snapSize } from '../../../board/grid'
import { labelledBox, textBox } from './textMetrics'

const view = { x: 0, y: 0, w: 1000, h: 600 }
const box = (w: number, h: number): Drawing => ({ label: 'x', shapes: [{ type: 'geo', x: 0, y: 0, w, h }], w, h })

describe('free space', () => {
  it('centres on an empty board, on the grid', () => {
    expect(findFreeSpot({ w: 200, h: 100 }, view, [])).toEqual({ x: 400, y: 240, inView: true })
  })

  it('goes to the asked corner', () => {
    expect(findFreeSpot({ w: 200, h: 100 }, view, [], 'top-left')).toMatchObject({ x: 40, y: 40 })
    expect(findFreeSpot({ w: 200, h: 100 }, view, [], 'bottom-right')).toMatchObject({ x: 760, y: 460 })
  })

  it('keeps its clearance from shapes and stays in view', () => {
    const obstacles = [{ x: 300, y: 200, w: 400, h: 200 }]
    const spot = findFreeSpot({ w: 200, h: 100 }, view, obstacles)
    const placed = { ...spot, w: 200, h: 100 }
    expect(spot.inView).toBe(true)
    expect(boxesOverlap({ x: placed.x - CLEARANCE, y: placed.y - CLEARANCE, w: 280, h: 180 }, obstacles[0] ?? placed)).toBe(false)
  })

  it('goes beside the content when the view has no room, or the drawing is bigger than the view', () => {
    expect(findFreeSpot({ w: 200, h: 100 }, view, [{ x: -10, y: -10, w: 1020, h: 620 }])).toEqual({ x: 1100, y: 0, inView: false })
    expect(findFreeSpot({ w: 3000, h: 100 }, view, []).inView).toBe(false)
  })

  it('scans a huge zoomed-out view in bounded steps', () => {
    const obstacles = Array.from({ length: 300 }, (_, i) => ({ x: (i % 20) * 5000, y: Math.floor(i / 20) * 5000, w: 4000, h: 4000 }))
    const spot = findFreeSpot({ w: 200, h: 200 }, { x: 0, y: 0, w: 100_000, h: 80_000 }, obstacles)
    expect(obstacles.some((o) => boxesOverlap(o, { ...spot, w: 200, h: 200 }))).toBe(false)
  })
})

describe('arranging drawings', () => {
  it.each(['row', 'column', 'grid', 'ring', 'diagonal', 'scatter'] as const)('%s: no overlaps, top-left at 0', (arrangement) => {
    const drawings = [box(100, 100), box(160, 80), box(60, 120), box(100, 100), box(80, 80), box(120, 60), box(100, 100)]
    const block = arrangeDrawings(drawings, arrangement)
    const boxes = block.drawings.map((d) => ({ x: d.x, y: d.y, w: d.w, h: d.h }))
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false)
    expect(Math.min(...boxes.map((b) => b.x))).toBe(0)
    expect(Math.min(...boxes.map((b) => b.y))).toBe(0)
    expect(boxes.every((b) => b.x + b.w <= block.w && b.y + b.h <= block.h)).toBe(true)
  })
})

describe('grid and text sizes', () => {
  it('snaps to 20 px', () => {
    expect([snap(29), snap(31), snapSize(1), snapSize(41)]).toEqual([20, 40, 20, 60])
  })

  it('sizes text and labels like the room measures them', () => {
    expect(textBox('Hello', 'xl')).toEqual({ w: 140, h: 60 })
    expect(labelledBox('Idea', 160, 80)).toEqual({ w: 160, h: 80 })
    expect(labelledBox('A much longer label that needs to wrap onto more lines', 160, 80).h).toBeGreaterThan(80)
  })
})
