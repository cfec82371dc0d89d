/**
 * Timelines (no library has one): events in date order on a horizontal axis, each a box joined to
 * its dot on the axis, alternately above and below so neighbouring labels never collide.
 */
import type { DiagramSpec, SpecNode } from './spec'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutArrow, type LayoutBox } from './layoutTypes'
import { labelBox } from './textSize'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A sortable number for a date as people write them ("2021", "Q3 2024", "May 2020", "2024-05-01"), or null. */
export function dateKey(text: string | undefined): number | null {
  if (!text) return null
  const value = text.trim().toLowerCase()
  const iso = /^(-?\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(value)
  if (iso) return Number(iso[1]) * 10_000 + Number(iso[2]) * 100 + Number(iso[3] ?? 0)
  const year = /(-?\d{3,4})\s*(bc|bce)?/.exec(value)
  const years = year ? Number(year[1]) * (year[2] ? -1 : 1) : 0
  const quarter = /\bq([1-4])\b/.exec(value) ?? /\b([1-4])(?:st|nd|rd|th)?\s*quarter/.exec(value)
  const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}`).test(value))
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(value.replace(/-?\d{3,4}/, ''))
  if (!year && !quarter && month < 0) {
    const plain = /^(?:day|week|month|step|phase|sprint|v)?\s*(\d+(?:\.\d+)?)$/.exec(value)
    return plain ? Number(plain[1]) : null
  }
  const sub = month >= 0 ? (month + 1) * 100 + (day ? Number(day[1]) : 0) : quarter ? (Number(quarter[1]) - 1) * 300 + 100 : 0
  return years * 10_000 + sub
}

/** Events in date order when every date is understood; otherwise in the order given. */
export function timelineOrder(nodes: SpecNode[]): SpecNode[] {
  const keys = nodes.map((node) => dateKey(node.date ?? node.label))
  if (keys.some((key) => key === null)) return nodes
  return nodes.map((node, i) => ({ node, key: keys[i]!, i })).sort((a, b) => a.key - b.key || a.i - b.i).map(({ node }) => node)
}

const GAP = 30
const STEM = 60
const DOT = 20

export function layoutTimeline(spec: DiagramSpec): DiagramLayout {
  const events = timelineOrder(spec.nodes)
  const sizes = events.map((node) => labelBox(node.date ? `${node.date}\n${node.label}` : node.label, { minW: 100, minH: 60, maxW: 220 }))
  // Same-side neighbours are two steps apart; opposite-side neighbours never meet.
  let step = 80
  for (let i = 0; i + 2 < sizes.length; i++) step = Math.max(step, ((sizes[i]!.w + sizes[i + 2]!.w) / 2 + GAP) / 2)
  if (sizes.length === 2) step = Math.max(step, (sizes[0]!.w + sizes[1]!.w) / 4 + GAP)
  const tallest = Math.max(...sizes.map((size) => size.h))
  const axisY = tallest + STEM
  const boxes: LayoutBox[] = []
  const arrows: LayoutArrow[] = []
  events.forEach((node, i) => {
    const size = sizes[i]!
    const x = i * step
    const above = i % 2 === 0
    const color = node.color ?? 'blue'
    boxes.push({ key: nodeKey(node.id), node: node.id, x: x - size.w / 2, y: above ? axisY - STEM - size.h : axisY + STEM, ...size, label: node.date ? `${node.date}\n${node.label}` : node.label, shape: 'rectangle', color, fill: 'semi' })
    boxes.push({ key: `dot:${node.id}`, x: x - DOT / 2, y: axisY - DOT / 2, w: DOT, h: DOT, label: '', shape: 'ellipse', color, fill: 'solid' })
    arrows.push({ key: `stem:${node.id}`, from: nodeKey(node.id), to: `dot:${node.id}`, kind: 'arc', arrowhead: 'none' })
  })
  const first = -(sizes[0]?.w ?? 0) / 2 - 20
  const last = (events.length - 1) * step + (sizes.at(-1)?.w ?? 0) / 2 + 20
  return normalizeLayout(boxes, arrows, [{ key: 'axis', points: [{ x: first, y: axisY }, { x: last, y: axisY }], dash: 'solid', color: 'grey' }])
}
