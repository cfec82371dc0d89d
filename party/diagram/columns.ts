/**
 * Kanban boards and tables (plain arithmetic): columns side by side, each a backdrop with its name
 * on top; kanban cards stacked inside their column, table cells in rows of equal height.
 */
import type { DiagramSpec, SpecNode } from './spec'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutBox } from './layoutTypes'
import { labelBox } from './textSize'

const COLUMN_COLORS = ['grey', 'blue', 'orange', 'green', 'violet', 'red']

/** Top-level nodes are columns; every other node goes in the column its parent chain leads to. */
function columnsOf(spec: DiagramSpec): { column: SpecNode; items: SpecNode[] }[] {
  const columns = spec.nodes.filter((node) => node.parents.length === 0)
  const byId = new Map(spec.nodes.map((node) => [node.id, node]))
  const groups = new Map(columns.map((column) => [column.id, [] as SpecNode[]]))
  for (const node of spec.nodes) {
    if (node.parents.length === 0) continue
    let top = node
    for (let depth = 0; top.parents[0] && depth < 100; depth++) top = byId.get(top.parents[0]) ?? top
    groups.get(top.id)?.push(node)
  }
  return columns.map((column) => ({ column, items: groups.get(column.id) ?? [] }))
}

const PAD = 20
const HEADER = 70

export function layoutKanban(spec: DiagramSpec): DiagramLayout {
  const columns = columnsOf(spec)
  const cardSizes = columns.map(({ items }) => items.map((item) => labelBox(item.label, { minW: 160, minH: 60, maxW: 220 })))
  const width = Math.max(200, ...cardSizes.flat().map((size) => size.w + 2 * PAD), ...columns.map(({ column }) => labelBox(column.label, { maxW: 400 }).w + 2 * PAD))
  const heights = cardSizes.map((sizes) => HEADER + sizes.reduce((sum, size) => sum + size.h + PAD, 0) + PAD)
  const height = Math.max(240, ...heights)
  const boxes: LayoutBox[] = []
  columns.forEach(({ column, items }, i) => {
    const x = i * (width + 30)
    boxes.push({ key: nodeKey(column.id), node: column.id, x, y: 0, w: width, h: height, label: column.label, shape: 'rectangle', color: column.color ?? COLUMN_COLORS[i % COLUMN_COLORS.length]!, fill: 'semi', verticalAlign: 'start', backdrop: true })
    let y = HEADER
    items.forEach((item, j) => {
      const size = cardSizes[i]![j]!
      boxes.push({ key: nodeKey(item.id), node: item.id, x: x + PAD, y, h: size.h, w: width - 2 * PAD, label: item.label, shape: 'rectangle', color: item.color ?? 'yellow', fill: 'solid', dash: 'solid', size: 's' })
      y += size.h + PAD
    })
  })
  return normalizeLayout(boxes, [])
}

export function layoutTable(spec: DiagramSpec): DiagramLayout {
  const columns = columnsOf(spec)
  const boxes: LayoutBox[] = []
  if (columns.every(({ items }) => items.length === 0)) {
    // A plain grid of labelled cells, as square as it gets.
    const count = columns.length
    const perRow = Math.ceil(Math.sqrt(count))
    const sizes = columns.map(({ column }) => labelBox(column.label, { minW: 120, minH: 60, maxW: 240 }))
    const w = Math.max(...sizes.map((size) => size.w))
    const h = Math.max(...sizes.map((size) => size.h))
    columns.forEach(({ column }, i) => boxes.push({ key: nodeKey(column.id), node: column.id, x: (i % perRow) * w, y: Math.floor(i / perRow) * h, w, h, label: column.label, shape: 'rectangle', color: column.color ?? 'black', fill: 'none', dash: 'solid' }))
    return normalizeLayout(boxes, [])
  }
  const widths = columns.map(({ column, items }) => Math.max(...[column, ...items].map((node) => labelBox(node.label, { minW: 120, maxW: 260 }).w)))
  const rows = Math.max(...columns.map(({ items }) => items.length))
  const rowHeights = [0, ...Array.from({ length: rows }, (_, r) => r + 1)].map((r) =>
    Math.max(60, ...columns.map(({ column, items }, c) => {
      const node = r === 0 ? column : items[r - 1]
      return node ? labelBox(node.label, { minW: widths[c], maxW: widths[c] }).h : 0
    })),
  )
  let x = 0
  columns.forEach(({ column, items }, c) => {
    let y = 0
    ;[column, ...items].forEach((node, r) => {
      boxes.push({ key: nodeKey(node.id), node: node.id, x, y, w: widths[c]!, h: rowHeights[r]!, label: node.label, shape: 'rectangle', color: node.color ?? (r === 0 ? 'blue' : 'black'), fill: r === 0 ? 'semi' : 'none', dash: 'solid', ...(r === 0 ? {} : { size: 's' as const }) })
      y += rowHeights[r]!
    })
    x += widths[c]!
  })
  return normalizeLayout(boxes, [])
}
