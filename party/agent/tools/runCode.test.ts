import type { TLShape } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { GRID_EXAMPLE, SPIRAL_EXAMPLE } from '../../../shared/tools/runCode'
import { createToolHarness, type ToolHarness } from './toolHarness'

const VIEWPORT = { x: 100, y: 50, w: 1200, h: 800 }

/** A board holding one shape, "keep", that hostile programs also try to change before they fail. */
async function boardWithAShape(): Promise<ToolHarness> {
  const board = createToolHarness({ viewport: VIEWPORT })
  await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'keep', x: 0, y: 0, w: 50, h: 50 }] })
  return board
}

const sortedRecords = (board: ToolHarness) => [...board.records()].sort((a, b) => a.id.localeCompare(b.id))
const touchFirst = "board.updateShape('keep', { color: 'red' }); board.createShape({ type: 'note', x: 0, y: 0, text: 'staged' });\n"
const geoShapes = (board: ToolHarness) => board.shapes().filter((shape): shape is TLShape & { props: { w: number; h: number; geo: string } } => shape.type === 'geo')

describe('run_code', () => {
  it('draws the 6 by 4 grid of its description inside the viewport, in one sandbox transaction', async () => {
    const board = createToolHarness({ viewport: VIEWPORT, turnId: 't1' })
    const origins: unknown[] = []
    board.doc.on('afterTransaction', (transaction) => origins.push(transaction.origin))
    const outcome = await board.call('run_code', { code: GRID_EXAMPLE, description: 'a grid' })
    expect(outcome).toEqual({
      ok: true,
      summary: 'Ran code: 24 shapes created',
      result: { result: 24, output: '', created: 24, updated: 0, deleted: 0 },
      code: GRID_EXAMPLE,
      output: '',
    })
    expect(origins.filter((origin) => typeof origin === 'string')).toEqual(['sandbox:t1'])
    const squares = geoShapes(board)
    expect(squares).toHaveLength(24)
    expect(new Set(squares.map((shape) => shape.x)).size).toBe(6)
    expect(new Set(squares.map((shape) => shape.y)).size).toBe(4)
    for (const shape of squares) {
      expect(shape.props).toMatchObject({ geo: 'rectangle', w: 80, h: 80, color: 'blue' })
      expect(shape.x).toBeGreaterThanOrEqual(VIEWPORT.x)
      expect(shape.y).toBeGreaterThanOrEqual(VIEWPORT.y)
      expect(shape.x + 80).toBeLessThanOrEqual(VIEWPORT.x + VIEWPORT.w)
      expect(shape.y + 80).toBeLessThanOrEqual(VIEWPORT.y + VIEWPORT.h)
    }
    expect(board.commits).toHaveLength(1)
  })

  it('draws the spiral of its description: 30 circles, growing outwards, joined by bound arrows', async () => {
    const board = createToolHarness({ viewport: VIEWPORT })
    const outcome = await board.call('run_code', { code: SPIRAL_EXAMPLE })
    expect(outcome).toMatchObject({ ok: true, summary: 'Ran code: 59 shapes created', output: 'spiral done\n' })
    const circles = geoShapes(board).filter((shape) => shape.props.geo === 'ellipse')
    expect(circles).toHaveLength(30)
    const centre = { x: VIEWPORT.x + VIEWPORT.w / 2, y: VIEWPORT.y + VIEWPORT.h / 2 }
    const distances = circles
      .sort((a, b) => a.props.w - b.props.w)
      .map((shape) => Math.hypot(shape.x + shape.props.w / 2 - centre.x, shape.y + shape.props.h / 2 - centre.y))
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(board.shapes().filter((shape) => shape.type === 'arrow')).toHaveLength(29)
    expect(board.records().filter((record) => record.typeName === 'binding')).toHaveLength(58)
  })

  it('makes exactly the records create_shapes makes for the same spec', async () => {
    const spec = { type: 'geo', id: 'same', geo: 'star', x: 10, y: 20, w: 30, h: 40, text: 'Hi', color: 'green', fill: 'solid' }
    const byTool = createToolHarness()
    await byTool.call('create_shapes', { shapes: [spec] })
    const byCode = createToolHarness()
    await byCode.call('run_code', { code: `board.createShape(${JSON.stringify(spec)})` })
    expect(byCode.shapes()).toEqual(byTool.shapes())
  })

  it('updates and deletes shapes already on the board and returns the program\'s result and output', async () => {
    const board = await boardWithAShape()
    await board.call('create_shapes', { shapes: [{ type: 'note', id: 'gone', x: 300, y: 0, text: 'bye' }] })
    const outcome = await board.call('run_code', {
      code: "board.updateShape('keep', { color: 'violet', x: 500 }); board.deleteShape('gone'); console.log('done'); return board.listShapes()",
    })
    expect(outcome).toMatchObject({
      ok: true,
      summary: 'Ran code: 1 updated, 1 deleted',
      result: { result: [{ id: 'keep', x: 500, color: 'violet' }], output: 'done\n', created: 0, updated: 1, deleted: 1 },
    })
    expect(board.shapes().map((shape) => shape.id)).toEqual(['shape:keep'])
  })

  it.each([
    ['an infinite loop', 'while (true) {}', /^TimeLimitError: the program ran longer than 1000 ms/],
    ['an infinite loop inside try/catch', 'try { while (true) {} } catch {}', /^TimeLimitError: /],
    ['deep recursion', 'function f(n) { return f(n + 1) + 1 }\nf(0)', /^StackLimitError: /],
    ['a 100 MB string', 'const s = "x".repeat(100 * 1024 * 1024)', /^MemoryLimitError: the program used more than 32 MiB/],
    ['ten million array elements', 'const a = []; for (let i = 0; i < 1e7; i++) a.push(i)', /^MemoryLimitError: /],
    ['calling fetch', 'await fetch("https://example.com")', /^ReferenceError: 'fetch' is not defined/],
    ['import()', 'await import("fs")', /^Error: import\(\) is not available/],
    ['an eval escape', "(function () { return this })().constructor.constructor('return process')().env", /^ReferenceError: 'process' is not defined/],
    ['prototype tampering', "Object.prototype.toJSON = () => 'x'; board.createShape({ type: 'geo', x: 0, y: 0, w: 1, h: 1 })", /^BoardError: board\.createShape: malformed call/],
    ['replacing board methods', "board.deleteShape = () => {}; board.deleteShape('keep'); throw new Error('gave up')", /^Error: gave up \(line 2\)/],
    // In batches, so the limit is reached in a few calls even on a loaded machine (one call a shape nears the time limit there).
    ['creating 10,000 shapes', 'for (let i = 0; i < 20; i++) board.createShapes(Array.from({ length: 500 }, (_, j) => ({ type: "geo", x: j, y: i, w: 5, h: 5 })))', /^ShapeLimitError: the program changed more than 1000 shapes/],
    ['throwing a string', 'throw "boom"', /^ThrownValue: the program threw a string: "boom"/],
    ['throwing a number', 'throw 7', /^ThrownValue: the program threw a number: 7/],
    ['throwing an object', 'throw { reason: "no" }', /^ThrownValue: the program threw an object/],
    ['throwing null', 'throw null', /^ThrownValue: the program threw null/],
    ['returning a cyclic object', 'const o = {}; o.o = o; return o', /^ResultError: .*circular/],
  ])('fails clearly on %s, leaves the board unchanged, and serves the next run', async (_label, program, error) => {
    const board = await boardWithAShape()
    const before = sortedRecords(board)
    const code = touchFirst + program
    const outcome = await board.call('run_code', { code })
    expect(outcome).toMatchObject({ ok: false, code })
    expect(outcome.ok ? '' : outcome.error).toMatch(error)
    expect(outcome.ok ? '' : outcome.error).toMatch(/; nothing was changed$/)
    expect(sortedRecords(board)).toEqual(before)
    expect(board.commits).toHaveLength(1)

    const next = await board.call('run_code', { code: "return board.createShapes([{ type: 'note', x: 0, y: 300, text: 'next' }]).length" })
    expect(next).toMatchObject({ ok: true, result: { result: 1, created: 1 } })
  })

  it('fails when the run fits the sandbox but not what is left of the turn\'s shape budget', async () => {
    const board = createToolHarness()
    board.context.shapeBudget.remaining = 10
    const outcome = await board.call('run_code', { code: GRID_EXAMPLE })
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/^CommitError: this would change 24 shapes/) })
    expect(board.shapes()).toEqual([])
  })

  it('refuses a program over the code limit by schema', async () => {
    const outcome = await createToolHarness().call('run_code', { code: 'x'.repeat(20_001) })
    expect(outcome).toMatchObject({ ok: false, invalidInput: true })
  })
})
