import type { TLArrowBinding } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import type { ToolHarness } from '../../../tools/toolHarness'
import { inside, overlappingPairs, overlapsWithExisting } from '../../testing/boardChecks'
import { turnOnBoard } from '../../testing/embeddedTurn'
import { parseFlowchart } from '../parse/flowchartText'

const view = { x: 0, y: 0, w: 1280, h: 800 }

function bindings(harness: ToolHarness): TLArrowBinding[] {
  return harness.records().filter((record): record is TLArrowBinding => record.typeName === 'binding')
}

async function chart(request: string, existing: unknown[] = []) {
  const { board, run, added, before } = await turnOnBoard(request, { existing, viewport: view })
  const boxes = added.filter((shape) => shape.type === 'geo')
  const arrows = added.filter((shape) => shape.type === 'arrow')
  expect(overlappingPairs(boxes)).toEqual([])
  expect(overlapsWithExisting(boxes, before)).toEqual([])
  // Every arrow is bound at both ends to boxes of this chart.
  const boxIds = new Set(boxes.map((box) => `shape:${box.id}`))
  for (const arrow of arrows) {
    const ends = bindings(board).filter((binding) => binding.fromId === `shape:${arrow.id}`)
    expect(ends.map((binding) => binding.props.terminal).sort()).toEqual(['end', 'start'])
    expect(ends.every((binding) => boxIds.has(binding.toId))).toBe(true)
  }
  const label = (id: string | undefined) => boxes.find((box) => box.id === id)?.text
  const edges = arrows.map((arrow) => `${label(arrow.from)}>${label(arrow.to)}`)
  return { run, boxes, arrows, edges, board }
}

describe('flowcharts', () => {
  it('draw a flowchart: Idea -> Prototype -> Launch', async () => {
    const { run, boxes, edges } = await chart('draw a flowchart: Idea -> Prototype -> Launch')
    expect(boxes.map((box) => box.text)).toEqual(['Idea', 'Prototype', 'Launch'])
    expect(edges).toEqual(['Idea>Prototype', 'Prototype>Launch'])
    expect(boxes.every((box) => inside(box, view))).toBe(true)
    // Boxes one per step, arrows only once both ends exist.
    const order = run.calls.map((call) => call.toolName).filter((name) => name !== 'think')
    expect(order).toEqual(['create_shapes', 'create_shapes', 'create_shapes', 'create_arrows', 'create_arrows'])
  })

  it('the signup funnel, after a colon, keeps the labels as written', async () => {
    const { boxes, edges } = await chart('draw a flowchart of our signup funnel: Visit -> Sign up -> Verify email -> Onboard')
    expect(boxes.map((box) => box.text)).toEqual(['Visit', 'Sign up', 'Verify email', 'Onboard'])
    expect(edges).toHaveLength(3)
  })

  it('branches and joins, with questions as diamonds', async () => {
    const { boxes, edges } = await chart('Start -> Valid?; Valid? -> Save; Valid? -> Show error; Save -> Done; Show error -> Done')
    expect(boxes).toHaveLength(5)
    expect(boxes.find((box) => box.text === 'Valid?')?.geo).toBe('diamond')
    expect(edges.sort()).toEqual(['Save>Done', 'Show error>Done', 'Start>Valid?', 'Valid?>Save', 'Valid?>Show error'])
  })

  it('goes top to bottom when asked', async () => {
    const { boxes } = await chart('flowchart: Plan -> Build -> Ship, top to bottom')
    expect(boxes.map((box) => box.text)).toEqual(['Plan', 'Build', 'Ship'])
    expect(new Set(boxes.map((box) => box.x + box.w / 2)).size).toBe(1)
  })

  it('a long chain still fits without overlaps', async () => {
    const { boxes, edges } = await chart('One -> Two -> Three -> Four -> Five -> Six -> Seven -> Eight -> Nine')
    expect(boxes).toHaveLength(9)
    expect(edges).toHaveLength(8)
  })

  it('forty steps still finish within the turn’s step limit', async () => {
    const { run, boxes, edges } = await chart(Array.from({ length: 40 }, (_, i) => `Step ${i + 1}`).join(' -> '))
    expect(boxes).toHaveLength(40)
    expect(edges).toHaveLength(39)
    expect(run.steps).toBeLessThanOrEqual(20)
    expect(run.text).toMatch(/Done: a flowchart of 40 boxes/)
  })

  it('binds to its own boxes when the board already has shapes with the same names', async () => {
    const { boxes, edges } = await chart('Idea -> Launch', [{ type: 'geo', id: 'idea', x: 40, y: 40, w: 100, h: 60, text: 'old' }])
    expect(boxes.map((box) => box.text)).toEqual(['Idea', 'Launch'])
    expect(edges).toEqual(['Idea>Launch'])
  })

  it('lists without arrows, "then" chains and mind maps', async () => {
    expect((await chart('flowchart: plan, build, ship')).edges).toEqual(['plan>build', 'build>ship'])
    expect((await chart('make a process: wake up then coffee then work')).edges).toEqual(['wake up>coffee', 'coffee>work'])
    const map = await chart('mind map of Trip: flights, hotel, food')
    expect(map.edges.sort()).toEqual(['Trip>flights', 'Trip>food', 'Trip>hotel'])
  })
})

describe('reading flowchart text', () => {
  it('strips the lead-in but not words that only look like one', () => {
    expect(parseFlowchart('please draw a flowchart Idea -> Launch')?.nodes).toEqual(['Idea', 'Launch'])
    expect(parseFlowchart('Analyze -> Process data -> Report')?.nodes).toEqual(['Analyze', 'Process data', 'Report'])
    expect(parseFlowchart('A → B ⇒ C')?.nodes).toEqual(['A', 'B', 'C'])
    expect(parseFlowchart('three red circles')).toBeNull()
  })
})
