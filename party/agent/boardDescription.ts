/**
 * The board as the model sees it: one compact line per shape (id, type, page bounds, colour,
 * text), the asker's viewport and selection. Large boards are cut to the shapes that matter most
 * (selected, then in view, then nearest the view), so the prompt stays bounded.
 *
 * The format is ours and parseable (`parseBoardDescription`): the embedded sketch model reads the
 * board from its prompt exactly as a hosted model would.
 */
import type { Box } from '../../shared/agentProtocol'
import { MAX_DESCRIBED_SHAPES, MAX_DESCRIBED_TEXT_CHARS } from '../../shared/limits'
import type { BoardDraft } from '../board/boardDraft'
import { center, intersects } from '../board/geometry'
import { shortId } from '../board/shapeIds'
import { arrowEnds, summarizeShape, type ShapeSummary } from '../board/shapeSummary'

export interface BoardView {
  viewport: Box
  selectedIds: string[]
}

export interface ParsedBoard extends BoardView {
  shapes: ShapeSummary[]
  total: number
}

const FIELD_ORDER = ['id', 'type', 'geo', 'x', 'y', 'w', 'h', 'color', 'text', 'parent', 'from', 'to'] as const
const NUMERIC = new Set(['x', 'y', 'w', 'h'])

function formatLine(shape: ShapeSummary): string {
  const parts: string[] = []
  for (const key of FIELD_ORDER) {
    const value = shape[key]
    if (value === undefined) continue
    parts.push(`${key}=${key === 'text' ? JSON.stringify(value) : String(value)}`)
  }
  return `- ${parts.join(' ')}`
}

const boxText = (box: Box) => `x=${Math.round(box.x)} y=${Math.round(box.y)} w=${Math.round(box.w)} h=${Math.round(box.h)}`

/** Describes the board for the model. */
export function describeBoard(draft: BoardDraft, view: BoardView): string {
  const selected = new Set(view.selectedIds.map(shortId))
  const ends = arrowEnds(draft)
  const focus = center(view.viewport)
  const ranked = [...draft.shapes()].map((shape) => {
    const summary = { ...summarizeShape(draft, shape, MAX_DESCRIBED_TEXT_CHARS), ...ends.get(shape.id) }
    const rank = selected.has(summary.id) ? 0 : intersects(summary, view.viewport) ? 1 : 2
    const distance = Math.hypot(summary.x + summary.w / 2 - focus.x, summary.y + summary.h / 2 - focus.y)
    return { summary, rank, distance }
  })
  ranked.sort((a, b) => a.rank - b.rank || a.distance - b.distance)
  const listed = ranked.slice(0, MAX_DESCRIBED_SHAPES)
  const lines = [
    `<board total="${ranked.length}" listed="${listed.length}" viewport="${boxText(view.viewport)}" selected="${[...selected].join(',')}">`,
    ...listed.map(({ summary }) => formatLine(summary)),
  ]
  if (ranked.length > listed.length) {
    lines.push(`(${ranked.length - listed.length} more shapes far from the viewport are not listed; run_code's board.listShapes() returns all)`)
  }
  lines.push('</board>')
  return lines.join('\n')
}

const ATTRIBUTE = /(\w+)="([^"]*)"/g
const FIELD = /(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g

function parseBox(text: string): Box | null {
  const values: Record<string, number> = {}
  for (const [, key, value] of text.matchAll(/(\w)=(-?[\d.]+)/g)) values[key as string] = Number(value)
  const { x, y, w, h } = values
  return x !== undefined && y !== undefined && w !== undefined && h !== undefined ? { x, y, w, h } : null
}

/** Reads a description back (the last one in `text`); null when there is none. */
export function parseBoardDescription(text: string): ParsedBoard | null {
  const start = text.lastIndexOf('<board ')
  const end = text.indexOf('</board>', start)
  if (start === -1 || end === -1) return null
  const [header = '', ...body] = text.slice(start, end).split('\n')
  const attributes = Object.fromEntries([...header.matchAll(ATTRIBUTE)].map(([, key, value]) => [key, value]))
  const viewport = parseBox(attributes.viewport ?? '')
  if (!viewport) return null
  const shapes: ShapeSummary[] = []
  for (const line of body) {
    if (!line.startsWith('- ')) continue
    const shape: Record<string, string | number> = {}
    for (const [, key, raw] of line.matchAll(FIELD)) {
      if (!key || raw === undefined) continue
      shape[key] = raw.startsWith('"') ? (JSON.parse(raw) as string) : NUMERIC.has(key) ? Number(raw) : raw
    }
    if (typeof shape.id === 'string' && typeof shape.type === 'string') shapes.push(shape as unknown as ShapeSummary)
  }
  return {
    viewport,
    selectedIds: (attributes.selected ?? '').split(',').filter(Boolean),
    shapes,
    total: Number(attributes.total ?? shapes.length),
  }
}
