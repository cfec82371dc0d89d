import { describe, expect, it } from 'vitest'
import { parseCreateDiagram } from '../../shared/tools/createDiagram'
import { intersects } from '../board/geometry'
import { layoutDiagram } from './layoutDiagram'
import type { DiagramLayout, LayoutBox } from './layoutTypes'
import { resolveDiagram } from './spec'
import { textWidth, wrapLines } from './textSize'
import { dateKey } from './timeline'

const spec = (raw: unknown) => {
  const parsed = parseCreateDiagram(raw)
  if (!parsed.success) throw new Error(parsed.error.message)
  return resolveDiagram(parsed.data)
}
const lay = (raw: unknown) => layoutDiagram(spec(raw))
const box = (layout: DiagramLayout, node: string) => layout.boxes.find((candidate) => candidate.node === node)!
const cx = (b: LayoutBox) => b.x + b.w / 2
const cy = (b: LayoutBox) => b.y + b.h / 2

/** Boxes that are not backdrops never overlap; every label fits its box; every arrow names two drawn items. */
function expectTidy(layout: DiagramLayout) {
  const solid = layout.boxes.filter((b) => !b.backdrop)
  for (const [i, a] of solid.entries()) {
    for (const b of solid.slice(i + 1)) expect(intersects(a, b), `${a.key} overlaps ${b.key}`).toBe(false)
  }
  for (const b of layout.boxes) {
    if (!b.label || b.shape !== 'rectangle') continue
    const longest = Math.max(...b.label.split(/\s+/).map((word) => textWidth(word, b.size ?? 'm')))
    expect(b.w, `${b.key} is too narrow for its label`).toBeGreaterThanOrEqual(longest + 32)
    expect(b.h).toBeGreaterThanOrEqual(wrapLines(b.label, b.w - 32, b.size ?? 'm').length * 22)
  }
  const keys = new Set([...layout.boxes.map((b) => b.key), ...layout.lines.map((l) => l.key)])
  for (const arrow of layout.arrows) {
    expect(keys.has(arrow.from), `${arrow.key} starts nowhere`).toBe(true)
    expect(keys.has(arrow.to), `${arrow.key} ends nowhere`).toBe(true)
  }
  for (const b of layout.boxes) expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= layout.w + 1 && b.y + b.h <= layout.h + 1).toBe(true)
}

const EXAMPLES: Record<string, unknown> = {
  flowchart: { kind: 'flowchart', nodes: [{ label: 'Start' }, { label: 'Logged in?' }, 'Show dashboard', 'Show login form', 'End'], edges: ['Start -> Logged in?', 'Logged in? -> Show dashboard: yes', 'Logged in? -> Show login form: no', 'Show login form -> Logged in?', 'Show dashboard -> End'] },
  tree: { kind: 'tree', nodes: ['CEO', { label: 'CTO', parent: 'CEO' }, { label: 'CFO', parent: 'CEO' }, { label: 'Engineer one', parent: 'CTO' }, { label: 'Engineer two', parent: 'CTO' }] },
  mindmap: { kind: 'mindmap', nodes: ['Trip', ...['Budget', 'Route', 'Packing', 'Hotels', 'Food'].map((label) => ({ label, parent: 'Trip' })), { label: 'Flights', parent: 'Budget' }, { label: 'Trains', parent: 'Budget' }] },
  timeline: { kind: 'timeline', nodes: [{ label: 'Launch', date: '2023' }, { label: 'Idea', date: '2021' }, { label: 'Beta with a long description', date: '2022' }, { label: 'Series A', date: 'Q3 2023' }] },
  sequence: { kind: 'sequence', nodes: ['Browser', 'Server', 'Database'], edges: ['Browser -> Server: GET /login', 'Server -> Database: select user', 'Database -> Server: rows', 'Server -> Browser: 200 OK'] },
  venn: { kind: 'venn', nodes: ['Cats', 'Dogs', { label: 'Purr', parent: 'Cats' }, { label: 'Bark', parent: 'Dogs' }, { label: 'Pets', parent: ['Cats', 'Dogs'] }] },
  venn3: { kind: 'venn', nodes: ['A', 'B', 'C', { label: 'all', parent: ['A', 'B', 'C'] }, { label: 'ab', parent: ['A', 'B'] }, { label: 'only c', parent: 'C' }] },
  matrix: { kind: 'matrix', axes: { x: 'Urgent', y: 'Important' }, nodes: ['Do first', 'Schedule', 'Delegate', 'Drop', { label: 'Fix outage', parent: 'Do first' }, { label: 'Plan Q3', parent: 'Schedule' }] },
  kanban: { kind: 'kanban', nodes: ['To do', 'Doing', 'Done', { label: 'Write the spec', parent: 'To do' }, { label: 'Review', parent: 'To do' }, { label: 'Build', parent: 'Doing' }] },
  table: { kind: 'table', nodes: ['Name', 'Age', { label: 'Ann', parent: 'Name' }, { label: 'Bob', parent: 'Name' }, { label: '34', parent: 'Age' }, { label: '27', parent: 'Age' }] },
  grid: { kind: 'table', nodes: ['a', 'b', 'c', 'd', 'e'] },
  cycle: { kind: 'cycle', nodes: ['Plan', 'Do', 'Check', 'Act'] },
  pyramid: { kind: 'pyramid', nodes: ['Self-actualisation', 'Esteem', 'Belonging', 'Safety', 'Physiological needs'] },
  funnel: { kind: 'funnel', nodes: ['Visitors', 'Leads', 'Customers'] },
  wireframe: { kind: 'wireframe', title: 'Login', nodes: [{ label: 'Welcome back', type: 'header' }, 'Email', 'Password', { label: 'Remember me', type: 'checkbox' }, 'Log in', { label: 'Forgot password?', type: 'link' }] },
}

describe('diagram layouts', () => {
  it.each(Object.entries(EXAMPLES))('%s: tidy (no overlaps, labels fit, arrows bound) and deterministic', async (_kind, raw) => {
    const layout = await lay(raw)
    expectTidy(layout)
    expect(await lay(raw)).toEqual(layout)
  })

  it('flowchart: decisions are diamonds, branches labelled, layers go down (or right)', async () => {
    const layout = await lay(EXAMPLES.flowchart)
    expect(box(layout, 'Logged in?').shape).toBe('diamond')
    expect(box(layout, 'Start').shape).toBe('oval')
    expect(layout.arrows.map((a) => a.label).filter(Boolean).sort()).toEqual(['no', 'yes'])
    expect(cy(box(layout, 'Start'))).toBeLessThan(cy(box(layout, 'Logged in?')))
    expect(cy(box(layout, 'Logged in?'))).toBeLessThan(cy(box(layout, 'Show dashboard')))
    const right = await lay({ ...(EXAMPLES.flowchart as object), direction: 'LR' })
    expect(cx(box(right, 'Start'))).toBeLessThan(cx(box(right, 'Logged in?')))
  })

  it('tree: levels top-down, parents centred over their children; left to right on request', async () => {
    const layout = await lay(EXAMPLES.tree)
    const [ceo, cto, cfo, e1, e2] = ['CEO', 'CTO', 'CFO', 'Engineer one', 'Engineer two'].map((id) => box(layout, id))
    expect(ceo!.y).toBeLessThan(cto!.y)
    expect(cto!.y).toBe(cfo!.y)
    expect(cto!.y).toBeLessThan(e1!.y)
    expect(Math.abs(cx(cto!) - (cx(e1!) + cx(e2!)) / 2)).toBeLessThan(1)
    const sideways = await lay({ ...(EXAMPLES.tree as object), direction: 'left-to-right' })
    expect(box(sideways, 'CEO').x + box(sideways, 'CEO').w).toBeLessThan(box(sideways, 'CTO').x)
  })

  it('mind map: the topic in the centre, branches on both sides, sub-branches further out', async () => {
    const layout = await lay(EXAMPLES.mindmap)
    const center = cx(box(layout, 'Trip'))
    const sides = ['Budget', 'Route', 'Packing', 'Hotels', 'Food'].map((id) => Math.sign(cx(box(layout, id)) - center))
    expect(sides).toContain(1)
    expect(sides).toContain(-1)
    const budget = box(layout, 'Budget')
    const flights = box(layout, 'Flights')
    expect(Math.abs(cx(flights) - center)).toBeGreaterThan(Math.abs(cx(budget) - center))
  })

  it('timeline: events in date order, alternately above and below the axis', async () => {
    const layout = await lay(EXAMPLES.timeline)
    const order = ['Idea', 'Beta with a long description', 'Launch', 'Series A'].map((id) => box(layout, id))
    for (let i = 1; i < order.length; i++) expect(cx(order[i]!)).toBeGreaterThan(cx(order[i - 1]!))
    const axis = layout.lines[0]!.points[0]!.y
    expect(order.map((b) => cy(b) < axis)).toEqual([true, false, true, false])
    expect(dateKey('Q1 2024')! < dateKey('May 2024')!).toBe(true)
    expect(dateKey('2024-05-01')! < dateKey('2024-06-01')!).toBe(true)
  })

  it('sequence: participants in a row, messages in order top to bottom between lifelines', async () => {
    const layout = await lay(EXAMPLES.sequence)
    const heads = ['Browser', 'Server', 'Database'].map((id) => box(layout, id))
    expect(new Set(heads.map((b) => b.y)).size).toBe(1)
    expect(layout.lines.every((line) => line.dash === 'dashed')).toBe(true)
    const ys = layout.arrows.map((arrow) => arrow.fromAnchor!.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(layout.arrows.map((arrow) => arrow.label)).toEqual(['GET /login', 'select user', 'rows', '200 OK'])
    expect(layout.arrows.every((arrow) => arrow.from.startsWith('lifeline:') && arrow.to.startsWith('lifeline:'))).toBe(true)
  })

  it('venn: items inside their set, overlaps inside both', async () => {
    const layout = await lay(EXAMPLES.venn)
    const inside = (item: LayoutBox, set: LayoutBox) => Math.hypot(cx(item) - cx(set), cy(item) - cy(set)) < set.w / 2
    const [cats, dogs] = [box(layout, 'Cats'), box(layout, 'Dogs')]
    expect(inside(box(layout, 'Purr'), cats!) && !inside(box(layout, 'Purr'), dogs!)).toBe(true)
    expect(inside(box(layout, 'Bark'), dogs!) && !inside(box(layout, 'Bark'), cats!)).toBe(true)
    expect(inside(box(layout, 'Pets'), cats!) && inside(box(layout, 'Pets'), dogs!)).toBe(true)
  })

  it('matrix, kanban, table: items inside their cell or column', async () => {
    const within = (item: LayoutBox, cell: LayoutBox) => item.x >= cell.x && item.y >= cell.y && item.x + item.w <= cell.x + cell.w && item.y + item.h <= cell.y + cell.h
    const matrix = await lay(EXAMPLES.matrix)
    expect(within(box(matrix, 'Fix outage'), box(matrix, 'Do first'))).toBe(true)
    expect(matrix.boxes.some((b) => b.label.includes('Urgent'))).toBe(true)
    const kanban = await lay(EXAMPLES.kanban)
    expect(within(box(kanban, 'Review'), box(kanban, 'To do'))).toBe(true)
    expect(within(box(kanban, 'Build'), box(kanban, 'Doing'))).toBe(true)
    const table = await lay(EXAMPLES.table)
    expect(box(table, 'Ann').x).toBe(box(table, 'Name').x)
    expect(box(table, 'Ann').y).toBe(box(table, '34').y)
  })

  it('pyramid widest at the bottom, funnel widest at the top; cycle arrows go round', async () => {
    const pyramid = await lay(EXAMPLES.pyramid)
    const widths = pyramid.boxes.map((b) => b.w)
    expect([...widths].sort((a, b) => a - b)).toEqual(widths)
    const funnel = await lay(EXAMPLES.funnel)
    expect(funnel.boxes.map((b) => b.w)).toEqual([...funnel.boxes.map((b) => b.w)].sort((a, b) => b - a))
    const cycle = await lay(EXAMPLES.cycle)
    expect(cycle.arrows.map((a) => `${a.from}>${a.to}`)).toEqual(['node:Plan>node:Do', 'node:Do>node:Check', 'node:Check>node:Act', 'node:Act>node:Plan'])
  })

  it('wireframe: a device frame with its widgets in one column, in order', async () => {
    const layout = await lay(EXAMPLES.wireframe)
    const device = layout.boxes.find((b) => b.key === 'device')!
    const widgets = layout.boxes.filter((b) => b.node)
    for (const widget of widgets) expect(widget.x >= device.x && widget.x + widget.w <= device.x + device.w).toBe(true)
    for (let i = 1; i < widgets.length; i++) expect(widgets[i]!.y).toBeGreaterThan(widgets[i - 1]!.y)
    expect(box(layout, 'Log in').shape).toBe('oval')
    expect(box(layout, 'Email').shape).toBe('rectangle')
  })

  it('lays out a 60-node flowchart without overlaps', async () => {
    const nodes = Array.from({ length: 60 }, (_, i) => `Step ${i}`)
    const edges = nodes.slice(1).map((node, i) => `Step ${Math.floor(i / 2)} -> ${node}`)
    expectTidy(await lay({ kind: 'flowchart', nodes, edges }))
  })
})

describe('the layered stand-in', () => {
  it('lays a graph out as a tidy spanning tree without overlaps, in order down or right', async () => {
    const { spanningTreePositions } = await import('./tree')
    const sizes = [{ w: 120, h: 60 }, { w: 200, h: 80 }, { w: 120, h: 60 }, { w: 160, h: 60 }]
    const edges = [{ from: 0, to: 1 }, { from: 0, to: 2 }, { from: 1, to: 3 }, { from: 2, to: 3 }, { from: 3, to: 0 }]
    for (const direction of ['down', 'right'] as const) {
      const positions = spanningTreePositions(sizes, edges, direction)
      const boxes = positions.map((p, i) => ({ ...p, ...sizes[i]! }))
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(intersects(a, b)).toBe(false)
      const axis = direction === 'down' ? 'y' : 'x'
      expect(boxes[0]![axis]).toBeLessThan(boxes[1]![axis])
      expect(boxes[1]![axis]).toBeLessThan(boxes[3]![axis])
    }
  })
})
