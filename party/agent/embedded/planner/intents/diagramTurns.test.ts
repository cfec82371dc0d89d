/**
 * A quality check per diagram kind on what is really drawn: a real embedded turn, the real
 * create_diagram apply, and the records left on the board. Every node's label is on the board,
 * every arrow is bound at both ends, no two boxes of the diagram overlap (containers such as kanban
 * columns and venn circles aside), and the whole diagram lies in the asker's view.
 */
import { describe, expect, it } from 'vitest'
import type { ShapeSummary } from '../../../../board/shapeSummary'
import { createDiagramInput } from '../../../../../shared/tools/createDiagram'
import { inside, overlappingPairs } from '../../testing/boardChecks'
import { turnOnBoard } from '../../testing/embeddedTurn'
import { unionBox } from '../../../../board/freeSpace'

const view = { x: 0, y: 0, w: 1280, h: 800 }

/** Shapes that hold no other shape: the boxes that must not overlap. */
function leaves(shapes: readonly ShapeSummary[]): ShapeSummary[] {
  const solid = shapes.filter((shape) => shape.type !== 'arrow' && shape.type !== 'line' && !(shape.type === 'geo' && shape.geo === 'ellipse' && shape.w > 100))
  const contains = (outer: ShapeSummary, inner: ShapeSummary) =>
    outer !== inner && inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h
  return solid.filter((shape) => !solid.some((other) => contains(shape, other)))
}

const CASES: readonly (readonly [kind: string, request: string, boxes: number, arrows: number])[] = [
  ['flowchart', 'sequence: if paid? yes -> ship, no -> remind', 3, 2],
  ['graph', 'a graph of friends', 5, 6],
  ['org chart', 'draw an org chart: CEO at top, CTO and CFO below, two engineers under the CTO', 5, 4],
  ['tree', 'hierarchy: Root: A, B; A: A1, A2', 5, 4],
  ['mind map', 'a mind map about coffee', 12, 11],
  ['timeline', 'timeline: 2019 founded, 2021 seed, 2023 series A', 3, 0],
  ['sequence', 'sequence diagram: browser calls server, server queries database', 3, 2],
  ['venn', 'a venn diagram of cats and dogs', 3, 0],
  ['matrix', 'a 2x2 matrix: urgent vs important', 4, 0],
  ['kanban', 'kanban: todo (write spec, design), doing, done', 5, 0],
  ['table', 'a table of fruits: name, colour; apple, red; banana, yellow', 6, 0],
  ['cycle', 'a cycle of plan, do, check, act', 4, 4],
  ['pyramid', 'a pyramid: vision, strategy, tactics', 3, 0],
  ['funnel', 'a sales funnel', 5, 0],
  ['wireframe', 'wireframe of a login page', 6, 0],
]

describe('every diagram kind, drawn for real', () => {
  it.each(CASES)('%s: %j', async (_kind, request, boxes, arrows) => {
    const { run, added } = await turnOnBoard(request, { viewport: view })
    const call = run.calls.find((candidate) => candidate.toolName === 'create_diagram')
    const input = createDiagramInput.parse(call?.input)
    const texts = added.map((shape) => shape.text ?? '')
    for (const node of input.nodes) expect(texts.some((text) => text.includes(node.label)), node.label).toBe(true)
    const labelled = added.filter((shape) => shape.type !== 'arrow' && input.nodes.some((node) => (shape.text ?? '').includes(node.label)))
    expect(labelled.length).toBeGreaterThanOrEqual(boxes)
    const drawnArrows = added.filter((shape) => shape.type === 'arrow')
    // Timelines tie each event to its dot on the axis with short arrows of their own.
    if (input.kind !== 'timeline') expect(drawnArrows).toHaveLength(arrows)
    for (const arrow of drawnArrows) expect([arrow.from, arrow.to].every(Boolean), `arrow ${arrow.id} bound`).toBe(true)
    expect(overlappingPairs(leaves(added))).toEqual([])
    const all = unionBox(added)
    expect(all && inside(all, view)).toBe(true)
  })
})
