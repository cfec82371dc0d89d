/**
 * The board as the model sees it: the asker's viewport and selection, every shape in view as one
 * compact line (id, type, page bounds, colour, text), the shapes outside it as clusters (bounds,
 * counts by kind and colour, a few texts), and what people changed since the last turn. Small
 * boards are listed whole. It is built from the room's incremental index (spatialIndex.ts), never by
 * walking the board, and capped at BOARD_DESCRIPTION_TOKEN_BUDGET (tokens counted as chars / 4).
 *
 * The format is ours and parseable (`parseBoardDescription`): the embedded sketch model reads the
 * board from its prompt exactly as a hosted model would. Only shape lines start with "- ".
 */
import type { Box } from '../../shared/agentProtocol'
import { BOARD_DESCRIPTION_TOKEN_BUDGET, MAX_DESCRIBED_SHAPES } from '../../shared/limits'
import type { BoardDraft } from '../board/boardDraft'
import { center, intersects } from '../board/geometry'
import { shortId } from '../board/shapeIds'
import type { ShapeSummary } from '../board/shapeSummary'
import { describeEdits, type BoardEdit } from './boardEdits'
import { SpatialIndex, type Cluster } from './spatialIndex'

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
const BUDGET_CHARS = BOARD_DESCRIPTION_TOKEN_BUDGET * 4
/** Characters for the edits line and for the shape lines; clusters get what is left. */
const EDITS_CHARS = 1_200
const DETAIL_CHARS = 11_000
/** Regions the off-view shapes are grouped into at most. */
const CLUSTER_REGIONS = 36

/** Approximate tokens of a text, as the budget counts them (about four characters a token). */
export const approximateTokens = (text: string) => Math.ceil(text.length / 4)

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
const counts = (entries: [string, number][], max = 4) => entries.slice(0, max).map(([name, n]) => `${name}:${n}`).join(',')

function clusterLine(cluster: Cluster): string {
  const texts = cluster.texts.length > 0 ? ` text=${cluster.texts.map((text) => JSON.stringify(text)).join(',')}` : ''
  const colors = cluster.byColor.length > 0 ? ` colors=${counts(cluster.byColor)}` : ''
  return `~ cluster ${boxText(cluster.bounds)} shapes=${cluster.count} kinds=${counts(cluster.byType)}${colors}${texts}`
}

/** Describes the board of a draft (builds an index first: for tests and one-off uses). */
export function describeBoard(draft: BoardDraft, view: BoardView, edits: readonly BoardEdit[] = []): string {
  return describeIndexedBoard(SpatialIndex.of(draft.records()), draft.pageId, view, edits)
}

/** Describes the board on `pageId` for the model, from the room's index. */
export function describeIndexedBoard(index: SpatialIndex, pageId: string, view: BoardView, edits: readonly BoardEdit[] = []): string {
  const selected = new Set(view.selectedIds.map(shortId))
  const total = index.count(pageId)
  const focus = center(view.viewport)
  const wholeBoard = total <= MAX_DESCRIBED_SHAPES
  const candidates = new Map<string, ShapeSummary>()
  for (const id of selected) {
    const summary = index.summary(id)
    if (summary) candidates.set(summary.id, summary)
  }
  for (const summary of wholeBoard ? index.all(pageId) : index.inView(pageId, view.viewport)) candidates.set(summary.id, summary)
  const ranked = [...candidates.values()].map((summary) => ({
    summary,
    rank: selected.has(summary.id) ? 0 : intersects(summary, view.viewport) ? 1 : 2,
    distance: Math.hypot(summary.x + summary.w / 2 - focus.x, summary.y + summary.h / 2 - focus.y),
  }))
  ranked.sort((a, b) => a.rank - b.rank || a.distance - b.distance)

  const lines: string[] = []
  let used = 0
  let listed = 0
  for (const { summary } of ranked) {
    const line = formatLine(summary)
    if (listed >= MAX_DESCRIBED_SHAPES || used + line.length + 1 > DETAIL_CHARS) break
    lines.push(line)
    used += line.length + 1
    listed++
  }
  const unlisted = ranked.slice(listed)
  if (unlisted.length > 0) {
    const kinds = new Map<string, number>()
    for (const { summary } of unlisted) kinds.set(summary.geo ?? summary.type, (kinds.get(summary.geo ?? summary.type) ?? 0) + 1)
    const where = wholeBoard ? 'farthest from the viewport' : 'in the viewport'
    lines.push(`(${unlisted.length} more shapes ${where} are not listed (${counts([...kinds].sort((a, b) => b[1] - a[1]))}); run_code's board.listShapes() returns all)`)
  }
  if (!wholeBoard) {
    const clusters = index.clusters(pageId, view.viewport, CLUSTER_REGIONS)
    const editsChars = Math.min(EDITS_CHARS, edits.length * 80)
    let room = BUDGET_CHARS - used - editsChars - 400
    let shown = 0
    for (const cluster of clusters) {
      const line = clusterLine(cluster)
      if (line.length + 1 > room) break
      lines.push(line)
      room -= line.length + 1
      shown++
    }
    if (clusters.length > shown) {
      const rest = clusters.slice(shown).reduce((sum, cluster) => sum + cluster.count, 0)
      lines.push(`(${rest} more shapes in ${clusters.length - shown} regions farther away)`)
    }
  }
  const header = `<board total="${total}" listed="${listed}" viewport="${boxText(view.viewport)}" selected="${[...selected].join(',')}">`
  const editsLine = describeEdits(edits, EDITS_CHARS)
  return [header, ...lines, '</board>', ...(editsLine ? [`Edits people made since your last turn: ${editsLine}`] : [])].join('\n')
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
