/**
 * Sequence diagrams (no library has one): participants in a row, a dashed lifeline under each, and
 * each message an arrow between two lifelines, one row per message, in order from top to bottom.
 */
import type { DiagramSpec } from './spec'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutArrow, type LayoutBox, type LayoutLine } from './layoutTypes'
import { labelBox, textWidth } from './textSize'

const GAP = 60
const ROW = 70
const TOP = 60

export function layoutSequence(spec: DiagramSpec): DiagramLayout {
  const participants = spec.nodes
  const sizes = participants.map((node) => labelBox(node.label, { minW: 120, minH: 60, maxW: 220 }))
  const column = new Map(participants.map((node, i) => [node.id, i]))
  // Neighbouring lifelines are far enough apart for the longest message label between them.
  const needed = participants.map(() => 0)
  for (const edge of spec.edges) {
    const a = column.get(edge.from) ?? 0
    const b = column.get(edge.to) ?? 0
    const span = Math.max(1, Math.abs(a - b))
    const width = edge.label ? textWidth(edge.label) + 40 : 0
    for (let i = Math.min(a, b); i < Math.max(a, b); i++) needed[i] = Math.max(needed[i]!, width / span)
  }
  const centers: number[] = []
  let x = 0
  participants.forEach((_, i) => {
    const w = sizes[i]!.w
    if (i > 0) x += Math.max((sizes[i - 1]!.w + w) / 2 + GAP, needed[i - 1]!)
    centers.push(x)
  })
  const headH = Math.max(...sizes.map((size) => size.h))
  const bottom = headH + TOP + Math.max(1, spec.edges.length) * ROW
  const boxes: LayoutBox[] = participants.map((node, i) => ({
    key: nodeKey(node.id), node: node.id, x: centers[i]! - sizes[i]!.w / 2, y: 0, ...sizes[i]!, label: node.label, shape: 'rectangle', color: node.color ?? 'blue', fill: 'semi',
  }))
  const lines: LayoutLine[] = participants.map((node, i) => ({ key: `lifeline:${node.id}`, points: [{ x: centers[i]!, y: sizes[i]!.h }, { x: centers[i]!, y: bottom }], dash: 'dashed', color: 'grey' }))
  const lifelineTop = (id: string) => sizes[column.get(id) ?? 0]!.h
  const arrows: LayoutArrow[] = spec.edges.map((edge, i) => {
    const y = headH + TOP + i * ROW
    const anchor = (id: string) => ({ x: 0.5, y: (y - lifelineTop(id)) / (bottom - lifelineTop(id)) })
    return {
      key: `message:${i}:${edge.from}->${edge.to}`, from: `lifeline:${edge.from}`, to: `lifeline:${edge.to}`, kind: 'arc', ...(edge.label ? { label: edge.label } : {}),
      fromAnchor: anchor(edge.from), toAnchor: anchor(edge.to), ...(edge.label && /^(return|ok|response|reply|rows|result)/i.test(edge.label) ? { dash: 'dashed' as const } : {}),
    }
  })
  return normalizeLayout(boxes, arrows, lines)
}
