import type { TLArrowBinding, TLShape } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { intersects } from '../../board/geometry'
import { BoardDraft } from '../../board/boardDraft'
import { draftBase } from '../../board/commitDraft'
import { boardDiagrams, diagramMeta } from '../../diagram/diagramMeta'
import { MAX_DIAGRAM_NODES, MAX_RECORD_TEXT_CHARS } from '../../../shared/limits'
import { recordTextChars } from '../../../shared/recordRules'
import { createToolHarness, type ToolHarness } from './toolHarness'

const flow = {
  kind: 'process',
  nodes: ['Plan', 'Build', 'Ship'],
  edges: ['Plan -> Build', 'Build -> Ship'],
}

const boxesOf = (board: ToolHarness) => board.shapes().filter((shape) => shape.type === 'geo')
const byNode = (board: ToolHarness) => new Map(board.shapes().flatMap((shape) => (shape.meta.key && String(shape.meta.key).startsWith('node:') ? [[String(shape.meta.key).slice(5), shape]] : [])))
const bounds = (board: ToolHarness, shape: TLShape) => new BoardDraft(draftBase(board.doc), board.context.pageId).pageBounds(shape.id)!

/** Every arrow is bound at both ends to shapes on the board. */
function expectArrowsBound(board: ToolHarness) {
  const bindings = board.records().filter((record): record is TLArrowBinding => record.typeName === 'binding')
  const ids = new Set(board.shapes().map((shape) => shape.id))
  for (const arrow of board.shapes().filter((shape) => shape.type === 'arrow')) {
    const ends = bindings.filter((binding) => binding.fromId === arrow.id)
    expect(ends.map((binding) => binding.props.terminal).sort()).toEqual(['end', 'start'])
    for (const binding of ends) expect(ids.has(binding.toId)).toBe(true)
  }
}

function expectNoOverlaps(board: ToolHarness) {
  const boxes = boxesOf(board).map((shape) => bounds(board, shape))
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(intersects(a, b)).toBe(false)
}

describe('create_diagram', () => {
  it('draws a flowchart in the viewport as one commit: boxes sized to labels, arrows bound, structure kept in meta', async () => {
    const board = createToolHarness({ viewport: { x: 0, y: 0, w: 1600, h: 1000 } })
    const outcome = await board.call('create_diagram', flow)
    expect(outcome).toMatchObject({ ok: true, result: { diagram: 'flowchart-1' } })
    expect(board.commits).toHaveLength(1)
    expect(boxesOf(board)).toHaveLength(3)
    expect(board.shapes().filter((shape) => shape.type === 'arrow')).toHaveLength(2)
    expectArrowsBound(board)
    expectNoOverlaps(board)
    for (const shape of boxesOf(board)) {
      const b = bounds(board, shape)
      expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= 1600 && b.y + b.h <= 1000).toBe(true)
      expect(diagramMeta(shape)?.diagram).toBe('flowchart-1')
    }
    expect(board.shapes().filter((shape) => diagramMeta(shape)?.diagramSpec)).toHaveLength(1)
  })

  it('never draws over existing shapes', async () => {
    const board = createToolHarness({ viewport: { x: 0, y: 0, w: 1200, h: 800 } })
    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'big', x: 0, y: 0, w: 1200, h: 500 }] })
    await board.call('create_diagram', { kind: 'mind map', nodes: ['Topic', { label: 'A', parent: 'Topic' }, { label: 'B', parent: 'Topic' }] })
    const big = bounds(board, board.shapes().find((shape) => shape.id === 'shape:big')!)
    for (const shape of board.shapes().filter((s) => diagramMeta(s))) expect(intersects(bounds(board, shape), big)).toBe(false)
  })

  it('edits a diagram in place: same node ids keep their shapes, removed ones go, new ones are laid out', async () => {
    const board = createToolHarness({ viewport: { x: 0, y: 0, w: 1600, h: 1200 } })
    await board.call('create_diagram', flow)
    const before = byNode(board)
    const outcome = await board.call('create_diagram', { diagram: 'flowchart-1', kind: 'flowchart', nodes: ['Plan', 'Build', 'Review', 'Ship'], edges: ['Plan -> Build', 'Build -> Review', 'Review -> Ship'] })
    expect(outcome).toMatchObject({ ok: true, result: { diagram: 'flowchart-1' } })
    const after = byNode(board)
    for (const id of ['Plan', 'Build', 'Ship']) expect(after.get(id)?.id).toBe(before.get(id)?.id)
    expect(after.get('Review')).toBeDefined()
    expect(board.shapes().filter((shape) => shape.type === 'arrow')).toHaveLength(3)
    expectArrowsBound(board)
    expectNoOverlaps(board)
    expect(bounds(board, after.get('Build')!).y).toBeLessThan(bounds(board, after.get('Review')!).y)

    await board.call('create_diagram', { diagram: 'flowchart-1', kind: 'flowchart', direction: 'LR', nodes: ['Plan', 'Ship'], edges: ['Plan -> Ship'] })
    const last = byNode(board)
    expect([...last.keys()].sort()).toEqual(['Plan', 'Ship'])
    expect(board.shapes().filter((shape) => diagramMeta(shape)?.diagram === 'flowchart-1')).toHaveLength(3)
    expect(bounds(board, last.get('Plan')!).x).toBeLessThan(bounds(board, last.get('Ship')!).x)
    expectArrowsBound(board)
  })

  it('draws a diagram of the most nodes allowed, its structure kept in parts that each fit a record, and edits it', async () => {
    const nodes = Array.from({ length: MAX_DIAGRAM_NODES }, (_, i) => ({ label: `Step ${i + 1}` }))
    const edges = nodes.slice(1).map((node, i) => ({ from: `Step ${Math.floor(i / 2) + 1}`, to: node.label }))
    const board = createToolHarness({ viewport: { x: 0, y: 0, w: 1600, h: 1000 } })
    const drawn = await board.call('create_diagram', { kind: 'flowchart', nodes, edges })
    expect(drawn.ok ? '' : drawn.error).toBe('')
    expect(Math.max(...board.records().map(recordTextChars))).toBeLessThanOrEqual(MAX_RECORD_TEXT_CHARS)
    const read = () => boardDiagrams(new BoardDraft(draftBase(board.doc), board.context.pageId)).get('flowchart-1')?.spec
    expect(read()?.nodes).toHaveLength(MAX_DIAGRAM_NODES)

    const outcome = await board.call('create_diagram', { diagram: 'flowchart-1', kind: 'flowchart', nodes: [...nodes.slice(0, -1), { label: 'Last' }], edges: [...edges.slice(0, -1), { from: 'Step 1', to: 'Last' }] })
    expect(outcome).toMatchObject({ ok: true, result: { diagram: 'flowchart-1' } })
    expect(read()?.nodes.at(-1)).toMatchObject({ label: 'Last' })
  }, 60_000)

  it('leaves a box a person moved where they put it', async () => {
    const board = createToolHarness({ viewport: { x: 0, y: 0, w: 1600, h: 1200 } })
    await board.call('create_diagram', { kind: 'tree', nodes: ['CEO', { label: 'CTO', parent: 'CEO' }, { label: 'CFO', parent: 'CEO' }] })
    const cfo = byNode(board).get('CFO')!
    await board.call('update_shapes', { shapes: [{ id: cfo.id, x: bounds(board, cfo).x + 300, y: bounds(board, cfo).y + 200 }] })
    const moved = bounds(board, byNode(board).get('CFO')!)
    const outcome = await board.call('create_diagram', { diagram: 'tree-1', kind: 'tree', nodes: ['CEO', { label: 'CTO', parent: 'CEO' }, { label: 'CFO', parent: 'CEO' }, { label: 'COO', parent: 'CEO' }] })
    expect(outcome).toMatchObject({ ok: true })
    expect(bounds(board, byNode(board).get('CFO')!)).toMatchObject({ x: moved.x, y: moved.y })
  })

  it('refuses an unknown diagram id and invalid input, changing nothing', async () => {
    const board = createToolHarness()
    const before = board.records()
    expect(await board.call('create_diagram', { diagram: 'nope-1', kind: 'tree', nodes: ['A'] })).toMatchObject({ ok: false, error: expect.stringMatching(/no diagram "nope-1"/) })
    expect(await board.call('create_diagram', { kind: 'pie chart', nodes: ['A'] })).toMatchObject({ ok: false, invalidInput: true })
    expect(board.records()).toEqual(before)
  })

  it.each([
    ['timeline', { kind: 'timeline', nodes: [{ label: 'Idea', date: '2021' }, { label: 'Launch', date: '2023' }] }],
    ['sequence', { kind: 'sequence', nodes: ['Browser', 'Server'], edges: ['Browser -> Server: GET /', 'Server -> Browser: 200'] }],
    ['venn', { kind: 'venn', nodes: ['Cats', 'Dogs', { label: 'Pets', parent: ['Cats', 'Dogs'] }] }],
    ['matrix', { kind: '2x2', axes: { x: 'Urgent', y: 'Important' }, nodes: ['Do', 'Plan', 'Delegate', 'Drop'] }],
    ['kanban', { kind: 'kanban', nodes: ['To do', 'Done', { label: 'Spec', parent: 'To do' }] }],
    ['table', { kind: 'grid', nodes: ['a', 'b', 'c', 'd'] }],
    ['cycle', { kind: 'cycle', nodes: ['Plan', 'Do', 'Check', 'Act'] }],
    ['pyramid', { kind: 'pyramid', nodes: ['Top', 'Middle', 'Base'] }],
    ['funnel', { kind: 'funnel', nodes: ['Visitors', 'Leads', 'Customers'] }],
    ['wireframe', { kind: 'wireframe', title: 'Login', nodes: ['Email', 'Password', 'Log in'] }],
  ])('draws a %s whose records tldraw accepts, arrows bound', async (_kind, input) => {
    const board = createToolHarness()
    expect(await board.call('create_diagram', input)).toMatchObject({ ok: true })
    expectArrowsBound(board)
  })
})
