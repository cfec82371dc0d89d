/**
 * A spatial index of the board's shapes, kept up to date from record changes, so a turn describes
 * what the asker sees without walking or summarising every shape (a turn on a 10,000-shape board
 * must start streaming within 300 ms). Shapes sit in grid cells by their centre; each cell keeps
 * counts by type and colour, so the shapes outside the view are described as a few clusters whose
 * cost grows with the number of occupied cells, not of shapes.
 */
import type { TLRecord, TLShape } from '@tldraw/tlschema'
import type { Box } from '../../shared/agentProtocol'
import { MAX_DESCRIBED_TEXT_CHARS } from '../../shared/limits'
import { BoardDraft, type DraftBase } from '../board/boardDraft'
import { intersects, type Bounds } from '../board/geometry'
import { shortId } from '../board/shapeIds'
import { summarizeShape, type ShapeSummary } from '../board/shapeSummary'
import { diagramMeta } from '../diagram/diagramMeta'

/** Side of a grid cell, page pixels. */
export const CELL_SIZE = 1_000

/** One shape as the index keeps it: its summary (page bounds), page and parent. */
export interface IndexedShape {
  id: string
  pageId: string
  parentId: string
  summary: ShapeSummary
  cell: string
  /** The diagram that drew it, if one did. */
  diagram?: string
}

/** Counts and bounds of the shapes in one cell. */
interface Cell {
  pageId: string
  ids: Set<string>
  byType: Map<string, number>
  byColor: Map<string, number>
  bounds: Bounds | null
  /** A shape left: bounds must be recomputed before use. */
  stale: boolean
}

/** Shapes grouped in one region outside the view. */
export interface Cluster {
  bounds: Bounds
  count: number
  byType: [string, number][]
  byColor: [string, number][]
  texts: string[]
}

const isShape = (record: TLRecord | undefined): record is TLShape => record?.typeName === 'shape'
const union = (a: Bounds | null, b: Bounds): Bounds => {
  if (!a) return { ...b }
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }
}
const bump = (counts: Map<string, number>, key: string | undefined, by: number) => {
  if (key === undefined) return
  const next = (counts.get(key) ?? 0) + by
  if (next > 0) counts.set(key, next)
  else counts.delete(key)
}
const cellKey = (pageId: string, cx: number, cy: number) => `${pageId}|${cx}|${cy}`

export class SpatialIndex {
  private readonly shapes = new Map<string, IndexedShape>()
  private readonly children = new Map<string, Set<string>>()
  private readonly cells = new Map<string, Cell>()
  /** Arrow id → the shapes its start and end are bound to, from binding records. */
  private readonly bindings = new Map<string, { arrowId: string; terminal: 'from' | 'to'; target: string }>()
  private readonly ends = new Map<string, { from?: string; to?: string }>()
  /** Diagram id → the shapes it drew (their `meta.diagram`), so a turn lists diagrams without a walk. */
  private readonly diagrams = new Map<string, Set<string>>()

  constructor(private readonly get: (id: string) => TLRecord | undefined) {}

  /** An index of records as they are now (for tests and one-off descriptions). */
  static of(records: Iterable<TLRecord>): SpatialIndex {
    const byId = new Map<string, TLRecord>()
    for (const record of records) byId.set(record.id, record)
    const index = new SpatialIndex((id) => byId.get(id))
    for (const record of byId.values()) index.put(record)
    return index
  }

  get size(): number {
    return this.shapes.size
  }

  /** A record was added or changed (already visible through `get`). */
  put(record: TLRecord): void {
    if (record.typeName === 'binding') {
      const binding = record as unknown as { type: string; fromId: string; toId: string; props: { terminal?: string } }
      if (binding.type !== 'arrow') return
      this.removeBinding(record.id)
      const entry = { arrowId: binding.fromId, terminal: binding.props.terminal === 'start' ? ('from' as const) : ('to' as const), target: shortId(binding.toId) }
      this.bindings.set(record.id, entry)
      this.ends.set(entry.arrowId, { ...this.ends.get(entry.arrowId), [entry.terminal]: entry.target })
      return
    }
    if (!isShape(record)) return
    this.removeShape(record.id)
    const pageId = this.pageOf(record)
    if (!pageId) return
    const summary = summarizeShape(new BoardDraft({ get: this.get, values: () => [] }, pageId as never), record, MAX_DESCRIBED_TEXT_CHARS)
    const cx = Math.floor((summary.x + summary.w / 2) / CELL_SIZE)
    const cy = Math.floor((summary.y + summary.h / 2) / CELL_SIZE)
    const key = cellKey(pageId, cx, cy)
    const entry: IndexedShape = { id: record.id, pageId, parentId: record.parentId, summary, cell: key }
    this.shapes.set(record.id, entry)
    const diagram = diagramMeta(record)?.diagram
    if (diagram !== undefined) {
      if (!this.diagrams.has(diagram)) this.diagrams.set(diagram, new Set())
      this.diagrams.get(diagram)?.add(record.id)
      entry.diagram = diagram
    }
    if (!this.children.has(record.parentId)) this.children.set(record.parentId, new Set())
    this.children.get(record.parentId)?.add(record.id)
    let cell = this.cells.get(key)
    if (!cell) this.cells.set(key, (cell = { pageId, ids: new Set(), byType: new Map(), byColor: new Map(), bounds: null, stale: false }))
    cell.ids.add(record.id)
    bump(cell.byType, summary.geo ?? summary.type, 1)
    bump(cell.byColor, summary.color, 1)
    if (!cell.stale) cell.bounds = union(cell.bounds, summary)
    // A frame that moved moves what is in it.
    for (const child of this.children.get(record.id) ?? []) {
      const childRecord = this.get(child)
      if (childRecord) this.put(childRecord)
    }
  }

  /** A record was deleted. */
  remove(id: string): void {
    this.removeBinding(id)
    this.removeShape(id)
  }

  private removeBinding(id: string): void {
    const binding = this.bindings.get(id)
    if (!binding) return
    this.bindings.delete(id)
    const ends = { ...this.ends.get(binding.arrowId) }
    delete ends[binding.terminal]
    if (ends.from === undefined && ends.to === undefined) this.ends.delete(binding.arrowId)
    else this.ends.set(binding.arrowId, ends)
  }

  private removeShape(id: string): void {
    const entry = this.shapes.get(id)
    if (!entry) return
    this.shapes.delete(id)
    this.children.get(entry.parentId)?.delete(id)
    if (entry.diagram !== undefined) {
      const drawn = this.diagrams.get(entry.diagram)
      drawn?.delete(id)
      if (drawn?.size === 0) this.diagrams.delete(entry.diagram)
    }
    const cell = this.cells.get(entry.cell)
    if (!cell) return
    cell.ids.delete(id)
    bump(cell.byType, entry.summary.geo ?? entry.summary.type, -1)
    bump(cell.byColor, entry.summary.color, -1)
    if (cell.ids.size === 0) this.cells.delete(entry.cell)
    else cell.stale = true
  }

  private pageOf(shape: TLShape): string | null {
    let parentId: string = shape.parentId
    for (let depth = 0; depth < 50; depth++) {
      if (!parentId.startsWith('shape:')) return parentId
      const parent = this.get(parentId)
      if (!isShape(parent)) return null
      parentId = parent.parentId
    }
    return null
  }

  /** The shapes diagrams drew, as a board a draft can read (party/diagram/diagramMeta.ts). */
  diagramShapes(): DraftBase {
    const get = this.get
    const diagrams = this.diagrams
    return {
      get,
      *values() {
        for (const ids of diagrams.values()) for (const id of ids) {
          const record = get(id)
          if (record) yield record
        }
      },
    }
  }

  /** One shape's summary with its arrow ends, by full or short id. */
  summary(id: string): ShapeSummary | null {
    const entry = this.shapes.get(id) ?? this.shapes.get(`shape:${id}`)
    return entry ? this.withEnds(entry) : null
  }

  private withEnds(entry: IndexedShape): ShapeSummary {
    const ends = entry.summary.type === 'arrow' ? this.ends.get(entry.id) : undefined
    return ends ? { ...entry.summary, ...ends } : entry.summary
  }

  /** Shapes on `pageId` whose bounds meet `box`, found through the cells it covers. */
  inView(pageId: string, box: Box): ShapeSummary[] {
    const found: ShapeSummary[] = []
    // Shapes larger than a cell can reach into the view from a neighbouring cell: look one cell further.
    const x0 = Math.floor(box.x / CELL_SIZE) - 1
    const x1 = Math.floor((box.x + box.w) / CELL_SIZE) + 1
    const y0 = Math.floor(box.y / CELL_SIZE) - 1
    const y1 = Math.floor((box.y + box.h) / CELL_SIZE) + 1
    const visit = (cell: Cell) => {
      for (const id of cell.ids) {
        const entry = this.shapes.get(id)
        if (entry && intersects(entry.summary, box)) found.push(this.withEnds(entry))
      }
    }
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size) {
      for (const cell of this.cells.values()) if (cell.pageId === pageId) visit(cell)
    } else {
      for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) {
        const cell = this.cells.get(cellKey(pageId, cx, cy))
        if (cell) visit(cell)
      }
    }
    // Very large shapes (a frame around everything) may sit far from the view's cells.
    if (found.length === 0 || this.shapes.size < 2_000) return dedupe(found, this.largeShapesMeeting(pageId, box))
    return found
  }

  private largeShapesMeeting(pageId: string, box: Box): ShapeSummary[] {
    const found: ShapeSummary[] = []
    for (const entry of this.shapes.values()) {
      const { w, h } = entry.summary
      if (entry.pageId === pageId && (w > CELL_SIZE || h > CELL_SIZE) && intersects(entry.summary, box)) found.push(this.withEnds(entry))
    }
    return found
  }

  /** Every shape on a page (for small boards, which are described whole). */
  all(pageId: string): ShapeSummary[] {
    const found: ShapeSummary[] = []
    for (const entry of this.shapes.values()) if (entry.pageId === pageId) found.push(this.withEnds(entry))
    return found
  }

  /** Shapes on a page. */
  count(pageId: string): number {
    let total = 0
    for (const cell of this.cells.values()) if (cell.pageId === pageId) total += cell.ids.size
    return total
  }

  /**
   * The page's shapes outside `box` as at most about `regions` clusters (square regions of whole
   * cells), nearest the view first.
   */
  clusters(pageId: string, box: Box, regions: number): Cluster[] {
    const outside = [...this.cells.entries()].filter(([, cell]) => cell.pageId === pageId)
    if (outside.length === 0) return []
    let extent: Bounds | null = null
    for (const [, cell] of outside) extent = union(extent, this.cellBounds(cell))
    const side = Math.max(CELL_SIZE, Math.ceil(Math.max(extent?.w ?? 0, extent?.h ?? 0) / Math.sqrt(regions) / CELL_SIZE) * CELL_SIZE)
    const grouped = new Map<string, { bounds: Bounds | null; count: number; byType: Map<string, number>; byColor: Map<string, number>; cells: Cell[] }>()
    for (const [key, cell] of outside) {
      const [, cx, cy] = key.split('|').map(Number)
      const regionKey = `${Math.floor(((cx ?? 0) * CELL_SIZE) / side)}|${Math.floor(((cy ?? 0) * CELL_SIZE) / side)}`
      let region = grouped.get(regionKey)
      if (!region) grouped.set(regionKey, (region = { bounds: null, count: 0, byType: new Map(), byColor: new Map(), cells: [] }))
      // Only the part outside the view is clustered: the view's own shapes are listed one by one.
      const visible = intersects(this.cellBounds(cell), box) ? [...cell.ids].filter((id) => { const s = this.shapes.get(id)?.summary; return s !== undefined && intersects(s, box) }) : []
      if (visible.length === cell.ids.size) continue
      if (visible.length > 0) {
        for (const id of cell.ids) {
          const summary = this.shapes.get(id)?.summary
          if (!summary || visible.includes(id)) continue
          region.bounds = union(region.bounds, summary)
          region.count++
          bump(region.byType, summary.geo ?? summary.type, 1)
          bump(region.byColor, summary.color, 1)
        }
      } else {
        region.bounds = union(region.bounds, this.cellBounds(cell))
        region.count += cell.ids.size
        for (const [type, n] of cell.byType) bump(region.byType, type, n)
        for (const [color, n] of cell.byColor) bump(region.byColor, color, n)
      }
      region.cells.push(cell)
    }
    const focus = { x: box.x + box.w / 2, y: box.y + box.h / 2 }
    return [...grouped.values()]
      .filter((region) => region.count > 0 && region.bounds)
      .map((region) => ({
        bounds: region.bounds as Bounds,
        count: region.count,
        byType: [...region.byType].sort((a, b) => b[1] - a[1]),
        byColor: [...region.byColor].sort((a, b) => b[1] - a[1]),
        texts: this.sampleTexts(region.cells, box, 3),
      }))
      .sort((a, b) => distance(a.bounds, focus) - distance(b.bounds, focus))
  }

  private sampleTexts(cells: Cell[], box: Box, wanted: number): string[] {
    const texts: string[] = []
    for (const cell of cells) {
      let looked = 0
      for (const id of cell.ids) {
        if (texts.length >= wanted || ++looked > 50) break
        const summary = this.shapes.get(id)?.summary
        if (summary?.text && !intersects(summary, box)) texts.push(summary.text.slice(0, 30))
      }
      if (texts.length >= wanted) break
    }
    return texts
  }

  private cellBounds(cell: Cell): Bounds {
    if (cell.stale || !cell.bounds) {
      cell.bounds = null
      for (const id of cell.ids) {
        const summary = this.shapes.get(id)?.summary
        if (summary) cell.bounds = union(cell.bounds, summary)
      }
      cell.stale = false
    }
    return cell.bounds ?? { x: 0, y: 0, w: 0, h: 0 }
  }
}

const distance = (bounds: Bounds, point: { x: number; y: number }) => {
  const dx = Math.max(bounds.x - point.x, 0, point.x - (bounds.x + bounds.w))
  const dy = Math.max(bounds.y - point.y, 0, point.y - (bounds.y + bounds.h))
  return Math.hypot(dx, dy)
}

function dedupe(a: ShapeSummary[], b: ShapeSummary[]): ShapeSummary[] {
  const seen = new Set(a.map((shape) => shape.id))
  return [...a, ...b.filter((shape) => !seen.has(shape.id))]
}
