import { describe, expect, it } from 'vitest'
import { createDiagramInput, type CreateDiagramInput } from '../../../../../../shared/tools/createDiagram'
import { boardShapes, boardWith, runEmbeddedTurn } from '../../../testing/embeddedTurn'
import { parseDiagramEdit, type BoardDiagram } from './diagramEdit'

const flow: BoardDiagram = {
  id: 'd1',
  spec: { kind: 'flowchart', nodes: [{ label: 'Plan' }, { label: 'Build' }, { label: 'Ship' }], edges: [{ from: 'Plan', to: 'Build' }, { from: 'Build', to: 'Ship' }] },
}
const org: BoardDiagram = {
  id: 'd2',
  spec: { kind: 'tree', nodes: [{ label: 'CEO' }, { label: 'CTO', parent: 'CEO' }, { label: 'CFO', parent: 'CEO' }, { label: 'COO', parent: 'CEO' }, { label: 'Dev', parent: 'CTO' }] },
}
const map: BoardDiagram = {
  id: 'd3',
  spec: { kind: 'mindmap', nodes: [{ label: 'Trip' }, { label: 'Budget', parent: 'Trip' }, { label: 'Hotels', parent: 'Budget' }, { label: 'Route', parent: 'Trip' }] },
}
const board: BoardDiagram = { id: 'd4', spec: { kind: 'kanban', nodes: [{ label: 'To do' }, { label: 'Doing' }, { label: 'Done' }] } }
const all = [flow, org, map, board]

function edited(request: string): CreateDiagramInput {
  const edit = parseDiagramEdit(request, all)
  expect(edit, request).not.toBeNull()
  expect(createDiagramInput.safeParse(edit?.input).success).toBe(true)
  return edit!.input
}
const parentOf = (input: CreateDiagramInput, label: string) => input.nodes.find((node) => node.label === label)?.parent
const edgeList = (input: CreateDiagramInput) => (input.edges ?? []).map((edge) => `${edge.from}>${edge.to}`).sort()

describe('reading edits to a diagram on the board', () => {
  it('adds a step between two others, rewiring the arrow through it', () => {
    const input = edited('add a step Review between Build and Ship')
    expect(input.diagram).toBe('d1')
    expect(input.nodes.map((node) => node.label)).toEqual(['Plan', 'Build', 'Review', 'Ship'])
    expect(edgeList(input)).toEqual(['Build>Review', 'Plan>Build', 'Review>Ship'])
  })

  it('adds after a step, under a boss, into a column, and as a new branch', () => {
    expect(edgeList(edited('add a step Test after Build'))).toEqual(['Build>Test', 'Plan>Build', 'Test>Ship'])
    expect(parentOf(edited('add Legal under the CFO'), 'Legal')).toBe('CFO')
    expect(parentOf(edited('add a card Fix bug to Doing'), 'Fix bug')).toBe('Doing')
    expect(edited('add a branch Food').nodes.at(-1)).toMatchObject({ label: 'Food' })
  })

  it('re-parents: make CTO report to the COO; a boss not yet there is added beside the old one', () => {
    const input = edited('make CTO report to the COO')
    expect(input.diagram).toBe('d2')
    expect(parentOf(input, 'CTO')).toBe('COO')
    expect(parentOf(input, 'Dev')).toBe('CTO')
    const added = edited('make the CFO report to the Board')
    expect(parentOf(added, 'CFO')).toBe('Board')
    expect(parentOf(added, 'Board')).toBe('CEO')
  })

  it('removes a branch with everything under it, and bridges a removed step', () => {
    const input = edited('remove the budget branch')
    expect(input.nodes.map((node) => node.label)).toEqual(['Trip', 'Route'])
    expect(edgeList(edited('delete Build'))).toEqual(['Plan>Ship'])
  })

  it('renames keeping the id, and turns the layout', () => {
    expect(edited('rename Build to Compile').nodes[1]).toEqual({ id: 'Build', label: 'Compile' })
    expect(edited('turn it left to right')).toMatchObject({ diagram: 'd3', direction: 'right' })
  })

  it('leaves requests about other shapes alone', () => {
    for (const request of ['add a circle', 'delete all the sticky notes', 'move the note down', 'move Dev to the right', 'make the circles blue', 'add a sticky note saying hi']) {
      expect(parseDiagramEdit(request, all), request).toBeNull()
    }
    expect(parseDiagramEdit('add a step Review between Build and Ship', [])).toBeNull()
  })
})

describe('editing a drawn diagram by asking', () => {
  it('draws a flowchart, then adds a step in place: same diagram, one more box, arrows rewired', async () => {
    const harness = await boardWith([], { x: 0, y: 0, w: 1280, h: 800 })
    await runEmbeddedTurn(harness, 'flowchart: Plan -> Build -> Ship')
    const run = await runEmbeddedTurn(harness, 'add a step Review between Build and Ship')
    expect(run.toolErrors).toEqual([])
    expect(run.calls.find((call) => call.toolName === 'create_diagram')?.input).toMatchObject({ diagram: expect.any(String) })
    const shapes = boardShapes(harness)
    const boxes = shapes.filter((shape) => shape.type === 'geo')
    expect(boxes.map((box) => box.text).sort()).toEqual(['Build', 'Plan', 'Review', 'Ship'])
    const label = (id: string | undefined) => boxes.find((box) => box.id === id)?.text
    const arrows = shapes.filter((shape) => shape.type === 'arrow').map((arrow) => `${label(arrow.from)}>${label(arrow.to)}`)
    expect(arrows.sort()).toEqual(['Build>Review', 'Plan>Build', 'Review>Ship'])
  })

  it('an org chart, then "make CTO report to the COO"', async () => {
    const harness = await boardWith([], { x: 0, y: 0, w: 1280, h: 800 })
    await runEmbeddedTurn(harness, 'org chart: CEO; CTO, CFO and COO under the CEO')
    const run = await runEmbeddedTurn(harness, 'make CTO report to the COO')
    expect(run.toolErrors).toEqual([])
    const shapes = boardShapes(harness)
    const label = (id: string | undefined) => shapes.find((shape) => shape.id === id)?.text
    const arrows = shapes.filter((shape) => shape.type === 'arrow').map((arrow) => `${label(arrow.from)}>${label(arrow.to)}`)
    expect(arrows.sort()).toEqual(['CEO>CFO', 'CEO>COO', 'COO>CTO'])
  })
})
