/** The compact view of a shape the agent works with: what the board description lists and the sandbox's listShapes returns. */
import type { TLShape } from '@tldraw/tlschema'
import type { BoardDraft } from './boardDraft'
import { plainText } from './richText'
import { shortId } from './shapeIds'

export interface ShapeSummary {
  id: string
  type: string
  /** For geo shapes: rectangle, ellipse, … */
  geo?: string
  x: number
  y: number
  w: number
  h: number
  text?: string
  color?: string
  /** The frame it sits in. */
  parent?: string
  /** For arrows: the shapes its ends are bound to. */
  from?: string
  to?: string
}

const round = (value: number) => Math.round(value)

export function summarizeShape(draft: BoardDraft, shape: TLShape, maxTextChars = 200): ShapeSummary {
  const bounds = draft.pageBounds(shape.id) ?? { x: shape.x, y: shape.y, w: 0, h: 0 }
  const props = shape.props as Record<string, unknown>
  const summary: ShapeSummary = { id: shortId(shape.id), type: shape.type, x: round(bounds.x), y: round(bounds.y), w: round(bounds.w), h: round(bounds.h) }
  if (typeof props.geo === 'string') summary.geo = props.geo
  const text = shape.type === 'frame' ? String(props.name ?? '') : plainText(props.richText as never, maxTextChars)
  if (text) summary.text = text.length > maxTextChars ? `${text.slice(0, maxTextChars - 1)}…` : text
  if (typeof props.color === 'string') summary.color = props.color
  if (shape.parentId.startsWith('shape:')) summary.parent = shortId(shape.parentId)
  return summary
}

/** Adds arrow ends to the summaries of arrows, from the board's bindings. */
export function arrowEnds(draft: BoardDraft): Map<string, { from?: string; to?: string }> {
  const ends = new Map<string, { from?: string; to?: string }>()
  for (const record of draft.records()) {
    if (record.typeName !== 'binding' || record.type !== 'arrow') continue
    const binding = record as { fromId: string; toId: string; props: { terminal: 'start' | 'end' } }
    const entry = ends.get(binding.fromId) ?? {}
    entry[binding.props.terminal === 'start' ? 'from' : 'to'] = shortId(binding.toId)
    ends.set(binding.fromId, entry)
  }
  return ends
}
