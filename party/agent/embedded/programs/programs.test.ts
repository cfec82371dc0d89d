import { describe, expect, it } from 'vitest'
import { ShapeSpec } from '../../../../shared/tools/createShapes'
import { proceduralProgram } from '../planner/parse/proceduralText'

const view = { x: 0, y: 0, w: 1280, h: 800 }

/** Runs a program in plain JavaScript against a stand-in `board` that records what it creates. */
function runInNode(code: string): { specs: unknown[]; result: unknown; logs: string[] } {
  const specs: unknown[] = []
  const logs: string[] = []
  const board = {
    viewport: view,
    createShape: (spec: unknown) => {
      specs.push(spec)
      return `s${specs.length}`
    },
    createShapes: (list: unknown[]) => list.map((spec) => board.createShape(spec)),
  }
  const console = { log: (...args: unknown[]) => logs.push(args.join(' ')) }
  // The program is the body of a function; this is exactly how it must parse in the sandbox too.
  const program = new Function('board', 'console', code) as (b: typeof board, c: typeof console) => unknown
  return { specs, result: program(board, console), logs }
}

const REQUESTS = [
  'a 6 by 4 grid of squares',
  'a 3x5 grid of red circles',
  'a table with 3 rows and 4 columns',
  'a checkerboard',
  '30 circles in a spiral',
  'a spiral of 50 small stars',
  'a bar chart of 3, 7, 5, 9',
  'bar chart: apples 3, pears 7.5, plums 0',
  'a chart',
  'a pie chart of 30, 50, 20',
  'a row of 8 stars',
  'a column of 7 blue hearts',
  '20 circles',
  '12 stars in a circle',
  'a clock face',
  'a clock showing 3:45',
  'a hexagon made of dots',
  'a triangle made of 30 dots',
  '5 concentric circles',
  'a target',
  'a pyramid of blocks',
  'a sine wave',
  'a zigzag',
  '25 random dots',
  'a 30 by 30 grid of dots',
]

describe('the programs written for run_code', () => {
  it.each(REQUESTS)('%s: parses, and draws exactly the shapes planned', (request) => {
    const program = proceduralProgram(request, view)
    expect(program, request).not.toBeNull()
    if (!program) return
    const code = program.code(340, 180)
    expect(() => new Function('board', 'console', code)).not.toThrow()
    const { specs, result, logs } = runInNode(code)
    expect(specs).toEqual(program.build(340, 180))
    expect(result).toEqual({ created: specs.length })
    expect(logs[0]).toMatch(/^drew \d+ shapes/)
    for (const spec of specs) expect(ShapeSpec.safeParse(spec).success, JSON.stringify(spec)).toBe(true)
  })

  it('fits the view and counts what was asked for', () => {
    expect(proceduralProgram('a 6 by 4 grid of squares', view)?.build(0, 0)).toHaveLength(24)
    expect(proceduralProgram('a 7 by 3 grid', view)?.build(0, 0)).toHaveLength(21)
    expect(proceduralProgram('a grid of 13 circles', view)?.build(0, 0)).toHaveLength(13)
    const big = proceduralProgram('a 20 by 20 grid of squares', view)
    expect(big && big.w <= view.w && big.h <= view.h).toBe(true)
  })

  it('leaves plain drawings to the drawing intent', () => {
    expect(proceduralProgram('three red circles in a row', view)).toBeNull()
    expect(proceduralProgram('a house with a tree', view)).toBeNull()
  })
})
