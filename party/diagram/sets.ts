/**
 * Venn diagrams of 2–3 sets and 2×2 matrices (plain arithmetic: no library lays these out). Items
 * sit in their region (one set, an overlap, a cell) in a column, sized to their labels.
 */
import { type DiagramSpec, type SpecNode } from './spec'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutBox, type LayoutLine } from './layoutTypes'
import { textBox } from './textSize'

const SET_COLORS = ['blue', 'red', 'green', 'orange', 'violet']

/** Items stacked in a column centred on (cx, top). */
function stack(items: SpecNode[], cx: number, top: number, size: 's' | 'm' = 's'): LayoutBox[] {
  let y = top
  return items.map((item) => {
    const box = textBox(item.label, size)
    const placed: LayoutBox = { key: nodeKey(item.id), node: item.id, x: cx - box.w / 2, y, ...box, label: item.label, shape: 'text', size, ...(item.color ? { color: item.color } : {}) }
    y += box.h + 6
    return placed
  })
}

const stackHeight = (items: SpecNode[]) => items.reduce((sum, item) => sum + textBox(item.label, 's').h + 6, 0)
const stackWidth = (items: SpecNode[]) => Math.max(0, ...items.map((item) => textBox(item.label, 's').w))

export function layoutVenn(spec: DiagramSpec): DiagramLayout {
  const sets = spec.nodes.filter((node) => node.parents.length === 0).slice(0, 3)
  const setIds = new Set(sets.map((set) => set.id))
  const items = spec.nodes.filter((node) => !setIds.has(node.id))
  const region = (item: SpecNode) => [...new Set(item.parents.filter((id) => setIds.has(id)))].sort((a, b) => sets.findIndex((s) => s.id === a) - sets.findIndex((s) => s.id === b)).join('&')
  const groups = new Map<string, SpecNode[]>()
  for (const item of items) groups.set(region(item), [...(groups.get(region(item)) ?? []), item])
  const widest = Math.max(80, ...[...groups.values()].map(stackWidth))
  const tallest = Math.max(40, ...[...groups.values()].map(stackHeight))
  // Each region must hold its widest item column: circles grow with their contents.
  const r = Math.max(160, widest * 1.2 + 40, tallest * 0.9 + 40)
  const d = r * 1.1 // distance between centres: a lens wide enough for an overlap's items
  const centers = sets.length === 3
    ? [{ x: 0, y: 0 }, { x: d, y: 0 }, { x: d / 2, y: d * 0.866 }]
    : sets.map((_, i) => ({ x: i * d, y: 0 }))
  const boxes: LayoutBox[] = sets.map((set, i) => ({
    key: nodeKey(set.id), node: set.id, x: centers[i]!.x - r, y: centers[i]!.y - r, w: 2 * r, h: 2 * r, label: '', shape: 'ellipse',
    color: set.color ?? SET_COLORS[i]!, fill: 'semi', backdrop: true,
  }))
  // Set names outside their circle, above (or below for the bottom one).
  sets.forEach((set, i) => {
    const label = textBox(set.label, 'm')
    const below = sets.length === 3 && i === 2
    boxes.push({ key: `setname:${set.id}`, x: centers[i]!.x - label.w / 2, y: below ? centers[i]!.y + r + 10 : centers[i]!.y - r - label.h - 10, ...label, label: set.label, shape: 'text', color: set.color ?? SET_COLORS[i]! })
  })
  const all = centers.reduce((sum, c) => ({ x: sum.x + c.x / centers.length, y: sum.y + c.y / centers.length }), { x: 0, y: 0 })
  for (const [key, members] of groups) {
    const ids = key ? key.split('&') : []
    const points = ids.map((id) => centers[sets.findIndex((set) => set.id === id)]!)
    let spot: { x: number; y: number }
    if (points.length === 0) spot = { x: all.x, y: Math.max(...centers.map((c) => c.y)) + r + 60 } // in no set: below
    else if (points.length === sets.length && sets.length > 1) spot = all
    else {
      const mid = points.reduce((sum, p) => ({ x: sum.x + p.x / points.length, y: sum.y + p.y / points.length }), { x: 0, y: 0 })
      // Away from the sets this region is not in.
      const others = centers.filter((c) => !points.includes(c))
      const away = others.reduce((sum, c) => ({ x: sum.x + (mid.x - c.x), y: sum.y + (mid.y - c.y) }), { x: 0, y: 0 })
      const length = Math.hypot(away.x, away.y) || 1
      const push = points.length === 1 ? r * 0.45 : r * 0.1
      spot = { x: mid.x + (away.x / length) * push, y: mid.y + (away.y / length) * push }
    }
    boxes.push(...stack(members, spot.x, spot.y - stackHeight(members) / 2))
  }
  return normalizeLayout(boxes, [])
}

const QUADRANT_COLORS = ['green', 'blue', 'orange', 'red']

export function layoutMatrix(spec: DiagramSpec): DiagramLayout {
  const cells = spec.nodes.filter((node) => node.parents.length === 0).slice(0, 4)
  while (cells.length < 4) cells.push({ id: `cell${cells.length + 1}`, label: '', parents: [] })
  const cellIds = new Set(cells.map((cell) => cell.id))
  // Items name their cell; an item naming no cell goes in the first.
  const contents: SpecNode[][] = cells.map(() => [])
  for (const node of spec.nodes) {
    if (cellIds.has(node.id)) continue
    const index = cells.findIndex((cell) => cell.id === node.parents[0])
    contents[Math.max(0, index)]!.push(node)
  }
  const titleH = Math.max(...cells.map((cell) => textBox(cell.label || ' ', 'm').h))
  const w = Math.max(240, ...cells.map((cell) => textBox(cell.label, 'm').w + 40), ...contents.map((items) => stackWidth(items) + 40))
  const h = Math.max(200, ...contents.map((items) => titleH + 30 + stackHeight(items) + 30))
  const axisGap = 50
  const boxes: LayoutBox[] = []
  cells.forEach((cell, i) => {
    const x = axisGap + (i % 2) * w
    const y = Math.floor(i / 2) * h
    boxes.push({ key: nodeKey(cell.id), ...(cell.label || cellIds.has(cell.id) ? { node: cell.id } : {}), x, y, w, h, label: cell.label, shape: 'rectangle', color: cell.color ?? QUADRANT_COLORS[i]!, fill: 'semi', verticalAlign: 'start', backdrop: true })
    boxes.push(...stack(contents[i]!, x + w / 2, y + titleH + 40))
  })
  const lines: LayoutLine[] = []
  if (spec.axes?.x) {
    const label = textBox(spec.axes.x, 'm')
    lines.push({ key: 'axis:x', points: [{ x: axisGap, y: 2 * h + 20 }, { x: axisGap + 2 * w, y: 2 * h + 20 }], dash: 'solid', color: 'grey' })
    boxes.push({ key: 'axisname:x', x: axisGap + w - label.w / 2, y: 2 * h + 30, ...label, label: `${spec.axes.x} →`, shape: 'text', color: 'grey' })
  }
  if (spec.axes?.y) {
    const label = textBox(`↑ ${spec.axes.y}`, 'm')
    lines.push({ key: 'axis:y', points: [{ x: axisGap - 20, y: 0 }, { x: axisGap - 20, y: 2 * h }], dash: 'solid', color: 'grey' })
    boxes.push({ key: 'axisname:y', x: axisGap - 30 - label.w, y: h - label.h / 2, ...label, label: `↑ ${spec.axes.y}`, shape: 'text', color: 'grey' })
  }
  return normalizeLayout(boxes, [], lines)
}
