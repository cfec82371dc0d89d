import { describe, expect, it } from 'vitest'
import { agentTools } from './tools'
import { joinOutcomes, ProgressiveCalls } from './progressiveCalls'
import { createToolHarness } from './tools/toolHarness'

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
  it('draws each shape as soon as its object is complete, then applies only the rest', () => {
    const { board, calls, drawn } = streaming()
    const cut = json.indexOf('{"type":"note"')
    for (let i = 0; i < cut; i += 5) calls.delta('call-1', json.slice(i, Math.min(i + 5, cut)))
    expect(board.shapes().map((shape) => shape.id).sort()).toEqual(['shape:a', 'shape:b'])
    expect(drawn).toEqual([1, 2])

    const streamed = calls.complete('call-1', input)
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

  it('stops drawing at an item that fails, leaving it to the complete call', () => {
    const { board, calls } = streaming()
    const bad = JSON.stringify({ shapes: [{ type: 'geo', x: 0, y: 0, w: -1, h: 1 }, input.shapes[0]] })
    calls.delta('call-1', bad)
    expect(board.shapes()).toHaveLength(0)
    expect(calls.complete('call-1', JSON.parse(bad))).toBeNull()
  })

  it('keeps what a completed call drew even if an error follows', () => {
    const { board, calls } = streaming()
    calls.delta('call-1', json)
    calls.complete('call-1', input)
    calls.rollback('call-1')
    expect(board.shapes()).toHaveLength(3)
  })
})
