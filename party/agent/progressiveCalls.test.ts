import { describe, expect, it } from 'vitest'
import { agentTools } from './tools'
import { joinOutcomes, ProgressiveCalls } from './progressiveCalls'
import { createToolHarness } from './tools/toolHarness'
import { waitFor } from '../../e2e/support/waitFor'

const createShapes = agentTools.find((tool) => tool.name === 'create_shapes')!
const input = {
  shapes: [
    { type: 'geo', id: 'a', x: 0, y: 0, w: 100, h: 100 },
    { type: 'geo', id: 'b', x: 200, y: 0, w: 100, h: 100 },
    { type: 'note', id: 'c', x: 400, y: 0, text: 'last' },
  ],
}
const json = JSON.stringify(input)

function streaming() {
  const board = createToolHarness()
  const drawn: number[] = []
  const calls = new ProgressiveCalls(board.context, (_id, _tool, count) => drawn.push(count))
  calls.start('call-1', createShapes)
  return { board, calls, drawn }
}

describe('ProgressiveCalls', () => {
  it('draws each shape as soon as its object is complete, then applies only the rest', async () => {
    const { board, calls, drawn } = streaming()
    const cut = json.indexOf('{"type":"note"')
    for (let i = 0; i < cut; i += 5) calls.delta('call-1', json.slice(i, Math.min(i + 5, cut)))
    expect(board.shapes().map((shape) => shape.id).sort()).toEqual(['shape:a', 'shape:b'])
    expect(drawn).toEqual([1, 2])

    const streamed = (await calls.complete('call-1', input)) as { rest: unknown; earlier: never[] } | null
    expect(streamed?.rest).toEqual({ shapes: [input.shapes[2]] })
    // Deltas arriving after the complete call are ignored.
    calls.delta('call-1', json.slice(cut))
    expect(board.shapes()).toHaveLength(2)
    const outcome = joinOutcomes('create_shapes', streamed!.earlier)
    expect(outcome).toMatchObject({ summary: 'Drew 2 shapes', result: { created: [{ id: 'a' }, { id: 'b' }] } })
  })

  it('undoes what a call drew when the complete call is refused', () => {
    const { board, calls } = streaming()
    const before = board.records()
    calls.delta('call-1', json.slice(0, json.indexOf('{"type":"note"')))
    expect(board.shapes()).toHaveLength(2)
    calls.rollback('call-1')
    expect(board.records()).toEqual(before)
  })

  it('stops drawing at an item that fails, leaving it to the complete call', async () => {
    const { board, calls } = streaming()
    const bad = JSON.stringify({ shapes: [{ type: 'geo', x: 0, y: 0, w: -1, h: 1 }, input.shapes[0]] })
    calls.delta('call-1', bad)
    expect(board.shapes()).toHaveLength(0)
    expect(await calls.complete('call-1', JSON.parse(bad))).toBeNull()
  })

  it('keeps what a completed call drew even if an error follows', async () => {
    const { board, calls } = streaming()
    calls.delta('call-1', json)
    await calls.complete('call-1', input)
    calls.rollback('call-1')
    expect(board.shapes()).toHaveLength(3)
  })
})

describe('ProgressiveCalls with create_diagram', () => {
  const createDiagram = agentTools.find((tool) => tool.name === 'create_diagram')!
  const diagram = { kind: 'flowchart', nodes: ['Plan', 'Build', 'Test', 'Ship'], edges: ['Plan -> Build', 'Build -> Test', 'Test -> Ship'] }
  const text = JSON.stringify(diagram)
  const nodeBoxes = (board: ReturnType<typeof createToolHarness>) => board.shapes().filter((shape) => String(shape.meta.key ?? '').startsWith('node:'))

  function streamingDiagram() {
    const board = createToolHarness()
    const drawn: number[] = []
    const calls = new ProgressiveCalls(board.context, (_id, _tool, count) => drawn.push(count))
    calls.start('d-1', createDiagram)
    return { board, calls, drawn }
  }

  it('lays the partial diagram out as its nodes arrive, then the whole one in place', async () => {
    const { board, calls, drawn } = streamingDiagram()
    const cut = text.indexOf('"Test"')
    for (let i = 0; i < cut; i += 4) calls.delta('d-1', text.slice(i, Math.min(i + 4, cut)))
    await waitFor(() => nodeBoxes(board).length === 2)
    const early = new Map(nodeBoxes(board).map((shape) => [shape.meta.key, shape.id]))
    calls.delta('d-1', text.slice(cut))
    const done = await calls.complete('d-1', createDiagram.input.parse(diagram))
    expect(done).toMatchObject({ done: { ok: true, result: { diagram: 'flowchart-1' } } })
    expect(nodeBoxes(board)).toHaveLength(4)
    expect(board.shapes().filter((shape) => shape.type === 'arrow')).toHaveLength(3)
    // The nodes drawn early kept their shapes.
    for (const shape of nodeBoxes(board)) if (early.has(shape.meta.key)) expect(early.get(shape.meta.key)).toBe(shape.id)
    expect(drawn[0]).toBeGreaterThan(0)
  })

  it('undoes the streamed drawing when the complete call is refused', async () => {
    const { board, calls } = streamingDiagram()
    const before = board.records()
    calls.delta('d-1', text.slice(0, text.indexOf('"Ship"')))
    await waitFor(() => nodeBoxes(board).length > 0)
    calls.rollback('d-1')
    await calls.settle()
    expect(board.records()).toEqual(before)
  })
})
