import { describe, expect, it } from 'vitest'
import type { ShapeSummary } from '../../../../board/shapeSummary'
import { inside, kinds, overlappingPairs, overlapsWithExisting } from '../../testing/boardChecks'
import { turnOnBoard, type TurnOptions } from '../../testing/embeddedTurn'

const view = { x: 0, y: 0, w: 1440, h: 900 }

async function pattern(request: string, options: TurnOptions = {}, existing: unknown[] = []) {
  const { run, added, before } = await turnOnBoard(request, { ...options, existing, viewport: view, allowToolErrors: true })
  expect(overlapsWithExisting(added, before)).toEqual([])
  return { run, added }
}

const centre = (shape: ShapeSummary) => ({ x: shape.x + shape.w / 2, y: shape.y + shape.h / 2 })

describe('patterns through run_code, run for real in the sandbox', () => {
  it('a 6 by 4 grid of squares is exactly 24 squares', async () => {
    const { run, added } = await pattern('a 6 by 4 grid of squares')
    expect(run.toolErrors).toEqual([])
    expect(run.calls.map((call) => call.toolName)).toEqual(['run_code', 'think']) // the drawing call streams first
    expect(kinds(added)).toEqual({ 'geo/rectangle': 24 })
    expect(added.every((shape) => shape.w === shape.h && inside(shape, view))).toBe(true)
    expect(overlappingPairs(added)).toEqual([])
    expect(new Set(added.map((shape) => shape.x)).size).toBe(6)
    expect(new Set(added.map((shape) => shape.y)).size).toBe(4)
  })

  it('30 circles in a spiral, none touching', async () => {
    const { added } = await pattern('30 circles in a spiral')
    expect(kinds(added)).toEqual({ 'geo/ellipse': 30 })
    for (const [i, a] of added.entries()) {
      for (const b of added.slice(i + 1)) expect(Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y)).toBeGreaterThanOrEqual(a.w)
    }
    expect(added.every((shape) => inside(shape, view))).toBe(true)
  })

  it('a bar chart of 3, 7, 5, 9: bars in proportion on a baseline, values above', async () => {
    const { added } = await pattern('a bar chart of 3, 7, 5, 9')
    const bars = added.filter((shape) => shape.type === 'geo').sort((a, b) => a.x - b.x)
    expect(bars.map((bar) => bar.h / (bars[3]?.h ?? 1))).toEqual([3 / 9, 7 / 9, 5 / 9, 1].map((v) => expect.closeTo(v, 2)))
    expect(new Set(bars.map((bar) => bar.y + bar.h)).size).toBe(1)
    expect(added.filter((shape) => shape.type === 'text').map((text) => text.text).sort()).toEqual(['3', '5', '7', '9'])
    expect(added.filter((shape) => shape.type === 'line')).toHaveLength(2)
  })

  it.each([
    ['a row of 8 stars', { 'geo/star': 8 }],
    ['a hexagon made of dots', { 'geo/ellipse': 24 }],
    ['12 hearts in a ring', { 'geo/heart': 12 }],
    ['a checkerboard', { 'geo/rectangle': 64 }],
    ['a pyramid of blocks', { 'geo/rectangle': 15 }],
    ['5 concentric circles', { 'geo/ellipse': 5 }],
    ['a sine wave', { line: 1 }],
    ['a pie chart of 30, 50, 20', { draw: 3, text: 3 }],
    ['25 random dots', { 'geo/ellipse': 25 }],
  ])('%s', async (request, expected) => {
    const { run, added } = await pattern(request)
    expect(run.toolErrors).toEqual([])
    expect(kinds(added)).toEqual(expected)
    expect(added.every((shape) => inside(shape, view))).toBe(true)
  })

  it('a clock face: a dial, the twelve hours and two hands', async () => {
    const { added } = await pattern('a clock face')
    expect(added.filter((shape) => shape.type === 'text').map((text) => Number(text.text)).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
    expect(added.filter((shape) => shape.type === 'line')).toHaveLength(2)
    expect(added.filter((shape) => shape.type === 'geo' && shape.geo === 'ellipse')).toHaveLength(2)
  })

  it('a 30 by 30 grid is 900 shapes in one program', async () => {
    const { run, added } = await pattern('a 30 by 30 grid of dots')
    expect(run.toolErrors).toEqual([])
    expect(added).toHaveLength(900)
  })

  it('without run_code, draws the same shapes with create_shapes, 200 a call', async () => {
    const { run, added } = await pattern('a 20 by 15 grid of squares', { tools: ['think', 'create_shapes'] })
    expect(run.toolErrors).toEqual([])
    expect(added).toHaveLength(300)
    expect(run.calls.filter((call) => call.toolName === 'create_shapes')).toHaveLength(2)
  })

  it('when the program fails, it says so and draws the shapes directly', async () => {
    const { run, added } = await pattern('a 6 by 4 grid of squares', { failing: { run_code: 'SandboxError: out of time' } })
    expect(run.toolErrors).toEqual(['SandboxError: out of time'])
    expect(added).toHaveLength(24)
    expect(run.text).toMatch(/The program did not run \(SandboxError: out of time\), so I am drawing the same shapes directly/)
    expect(run.text).toMatch(/worked on the second try/)
  })

  it('says plainly when the fix fails too', async () => {
    const { run, added } = await pattern('a 6 by 4 grid of squares', { failing: { run_code: 'boom', create_shapes: 'the board is full' } })
    expect(added).toHaveLength(0)
    expect(run.text).toMatch(/I couldn't finish: create_shapes answered “the board is full”/)
    expect(run.text).toMatch(/tried once more/)
  })

  it('finds room next to existing shapes', async () => {
    const { added } = await pattern('a 4 by 4 grid of circles', {}, [{ type: 'geo', x: 500, y: 300, w: 400, h: 300 }])
    expect(added).toHaveLength(16)
  })
})
