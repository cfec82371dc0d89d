import { describe, expect, it } from 'vitest'
import { resolveDiagram } from '../../party/diagram/spec'
import { parseCreateDiagram } from './createDiagram'
import { normalizeDirection, normalizeKind } from './diagramNormalize'

const parse = (raw: unknown) => {
  const result = parseCreateDiagram(raw)
  if (!result.success) throw new Error(result.error.message)
  return result.data
}

describe('create_diagram forgiveness', () => {
  it.each([
    ['org chart', 'tree'], ['orgchart', 'tree'], ['Hierarchy', 'tree'], ['mind map', 'mindmap'], ['Mind-Map', 'mindmap'],
    ['process', 'flowchart'], ['flow chart', 'flowchart'], ['quadrant', 'matrix'], ['2x2', 'matrix'], ['2×2 matrix', 'matrix'],
    ['board', 'kanban'], ['columns', 'kanban'], ['grid', 'table'], ['sequence diagram', 'sequence'], ['Venn Diagram', 'venn'],
  ])('reads the kind %s as %s', (written, kind) => expect(normalizeKind(written)).toBe(kind))

  it.each([['TB', 'down'], ['TD', 'down'], ['top-down', 'down'], ['LR', 'right'], ['left-to-right', 'right'], ['left to right', 'right'], ['RL', 'left'], ['BT', 'up']])(
    'reads the direction %s as %s', (written, direction) => expect(normalizeDirection(written)).toBe(direction),
  )

  it('takes nodes as plain strings and edges as arrow strings, creating nodes named only by edges', () => {
    const input = parse({ kind: 'flow chart', direction: 'LR', nodes: ['Build', 'Ship'], edges: ['Build -> Ship: ok', 'Ship --> Celebrate'] })
    expect(input).toMatchObject({ kind: 'flowchart', direction: 'right', nodes: [{ label: 'Build' }, { label: 'Ship' }] })
    const spec = resolveDiagram(input)
    expect(spec.nodes.map((node) => node.id)).toEqual(['Build', 'Ship', 'Celebrate'])
    expect(spec.edges).toEqual([{ from: 'Build', to: 'Ship', label: 'ok' }, { from: 'Ship', to: 'Celebrate' }])
  })

  it('flattens nested children into parents and reads name/text/title as the label', () => {
    const input = parse({
      type: 'org chart',
      root: { name: 'CEO', children: [{ title: 'CTO', children: ['Dev 1', { text: 'Dev 2' }] }, 'CFO'] },
    })
    const spec = resolveDiagram(input)
    expect(spec.nodes.map((node) => [node.label, node.parents[0] ?? null])).toEqual([
      ['CEO', null], ['CTO', 'CEO'], ['Dev 1', 'CTO'], ['Dev 2', 'CTO'], ['CFO', 'CEO'],
    ])
  })

  it('reads [from, to] pairs, source/target objects, numbers as strings and edge chains', () => {
    const input = parse({
      kind: 'flowchart',
      nodes: [{ id: 1, name: 'One' }, { id: 2, label: 2 }],
      edges: [[1, 2, 'next'], { source: '2', target: 'Three' }, 'Three -> Four -> Five'],
    })
    const spec = resolveDiagram(input)
    expect(spec.nodes.map((node) => [node.id, node.label])).toEqual([['1', 'One'], ['2', '2'], ['Three', 'Three'], ['Four', 'Four'], ['Five', 'Five']])
    expect(spec.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['1>2', '2>Three', 'Three>Four', 'Four>Five'])
  })

  it('makes nodes from edges alone, and sequence messages from "messages"', () => {
    const input = parse({ kind: 'sequence diagram', participants: [], messages: ['Browser -> Server: GET /', 'Server -> DB: query'] })
    expect(resolveDiagram(input).nodes.map((node) => node.id)).toEqual(['Browser', 'Server', 'DB'])
  })

  it('reads venn overlaps written as one string, and matrix axes as xAxis/yAxis', () => {
    const venn = resolveDiagram(parse({ kind: 'venn', nodes: ['Cats', 'Dogs', { label: 'Pets', set: 'Cats & Dogs' }] }))
    expect(venn.nodes[2]?.parents).toEqual(['Cats', 'Dogs'])
    expect(parse({ kind: 'quadrant', xAxis: 'Urgent', yAxis: 'Important', nodes: ['a'] }).axes).toEqual({ x: 'Urgent', y: 'Important' })
  })

  it('takes tree links given as edges, and refuses what it cannot read', () => {
    const tree = resolveDiagram(parse({ kind: 'hierarchy', nodes: ['A', 'B'], edges: ['A -> B'] }))
    expect(tree.nodes[1]?.parents).toEqual(['A'])
    expect(parseCreateDiagram({ kind: 'pie', nodes: ['a'] }).success).toBe(false)
    expect(parseCreateDiagram({ kind: 'tree' }).success).toBe(false)
    expect(parseCreateDiagram({ kind: 'tree', nodes: [{ color: 'red' }] }).success).toBe(false)
  })

  it('drops unknown colours instead of refusing the call', () => {
    expect(parse({ kind: 'cycle', nodes: [{ label: 'a', color: 'purple' }, { label: 'b', color: 'teal' }] }).nodes).toEqual([{ label: 'a', color: 'violet' }, { label: 'b' }])
  })
})
