/**
 * Puts a laid-out diagram on the board through a BoardDraft: new diagrams go to free space in the
 * asker's view (else beside the existing drawings, never over them); an existing diagram is laid
 * out again where it is, its shapes matched by layout key: kept and updated, created, or deleted.
 * Boxes a person moved since the last layout stay where they put them unless that would overlap.
 */
import type { TLArrowBinding, TLShape, TLShapeId } from '@tldraw/tlschema'
import type { Box } from '../../shared/agentProtocol'
import type { CreateDiagramInput } from '../../shared/tools/createDiagram'
import type { ShapeSpec } from '../../shared/tools/createShapes'
import type { BoardDraft } from '../board/boardDraft'
import { findFreeSpot } from '../board/freeSpace'
import { intersects, type Bounds } from '../board/geometry'
import { buildArrow, buildShape, deleteShapes } from '../board/shapeBuilders'
import { shortId } from '../board/shapeIds'
import { boardDiagrams, diagramMeta, newDiagramId, storedSpec, type BoardDiagram, type DiagramShapeMeta } from './diagramMeta'
import type { DiagramLayout, LayoutArrow, LayoutBox, LayoutLine } from './layoutTypes'

export interface AppliedDiagram {
  diagram: string
  /** Node id → shape id (short), for the model's later calls. */
  nodes: Record<string, string>
  bounds: Bounds
  kept: number
  created: number
  deleted: number
  /** Boxes left where a person had moved them. */
  leftInPlace: number
}

/** Farther than this from its last laid-out position, a box was moved by hand. */
const MOVED_PX = 2

const boxSpec = (box: LayoutBox, x: number, y: number): ShapeSpec =>
  box.shape === 'text'
    ? { type: 'text', x, y, w: box.w, text: box.label || ' ', size: box.size ?? 'm', textAlign: box.align ?? 'middle', ...(box.color ? { color: box.color } : {}) }
    : {
        type: 'geo', x, y, w: box.w, h: box.h, geo: box.shape, text: box.label, color: box.color ?? 'black', fill: box.fill ?? 'none',
        dash: box.dash ?? 'draw', size: box.size ?? 'm', align: box.align ?? 'middle', verticalAlign: box.verticalAlign ?? 'middle',
      }

const lineSpec = (line: LayoutLine, origin: { x: number; y: number }): ShapeSpec => ({
  type: 'line', x: 0, y: 0, points: line.points.map((point) => ({ x: origin.x + point.x, y: origin.y + point.y })), dash: line.dash ?? 'draw', size: 's', ...(line.color ? { color: line.color } : {}),
})

/** Obstacles for placement: every shape on the page outside the diagram itself. */
function obstacles(draft: BoardDraft, own: Set<TLShapeId>): Bounds[] {
  const boxes: Bounds[] = []
  for (const shape of draft.shapes()) {
    if (shape.parentId !== draft.pageId || own.has(shape.id)) continue
    const bounds = draft.pageBounds(shape.id)
    if (bounds) boxes.push(bounds)
  }
  return boxes
}

function origin(draft: BoardDraft, layout: DiagramLayout, viewport: Box, existing: BoardDiagram | undefined): { x: number; y: number } {
  const own = new Set([...(existing?.shapes.values() ?? [])].map((shape) => shape.id))
  const others = obstacles(draft, own)
  if (existing?.origin) {
    const here = { ...existing.origin, w: layout.w, h: layout.h }
    // Stays where it is unless it grew over something else.
    if (!others.some((box) => intersects(here, box))) return existing.origin
  }
  const spot = findFreeSpot({ w: layout.w, h: layout.h }, viewport, others)
  return { x: spot.x, y: spot.y }
}

/** Writes `layout` of `input` to the draft as diagram `diagramId` (a new diagram when it is not on the board). */
export function applyDiagram(draft: BoardDraft, input: CreateDiagramInput, layout: DiagramLayout, options: { viewport: Box; diagramId?: string }): AppliedDiagram {
  const diagrams = boardDiagrams(draft)
  const existing = options.diagramId ? diagrams.get(options.diagramId) : undefined
  const id = existing?.id ?? options.diagramId ?? newDiagramId(input.kind, diagrams.keys())
  const at = origin(draft, layout, options.viewport, existing)
  const old = existing?.shapes ?? new Map<string, TLShape>()
  const anchorKey = layout.boxes.find((box) => box.node)?.key ?? layout.boxes[0]?.key
  const { diagram: _omit, ...spec } = input

  // Where each box goes: its laid-out place, or where a person moved it if that overlaps nothing.
  const targets = new Map<string, { x: number; y: number }>()
  for (const box of layout.boxes) targets.set(box.key, { x: at.x + box.x, y: at.y + box.y })
  let leftInPlace = 0
  for (const box of layout.boxes) {
    const shape = old.get(box.key)
    const laid = shape && diagramMeta(shape)?.laid
    const now = shape && draft.pageBounds(shape.id)
    if (!laid || !now || box.backdrop || Math.hypot(now.x - laid.x, now.y - laid.y) <= MOVED_PX) continue
    const kept = { x: now.x, y: now.y, w: box.w, h: box.h }
    const clash = layout.boxes.some((other) => other !== box && !other.backdrop && intersects(kept, { ...targets.get(other.key)!, w: other.w, h: other.h }))
    if (clash) continue
    targets.set(box.key, { x: now.x, y: now.y })
    leftInPlace++
  }

  // The structure goes whole on the anchor, or in parts on the first boxes, nodes first.
  const stored = storedSpec(spec as CreateDiagramInput)
  const holders = [...layout.boxes.filter((box) => box.node), ...layout.boxes.filter((box) => !box.node)]
  // Too few boxes to hold every part (hardly possible): the diagram keeps no structure.
  const parts = 'parts' in stored && holders.length >= stored.parts.length ? stored.parts : []
  const partOf = new Map(parts.map((text, index) => [holders[index]!.key, { index, count: parts.length, text }]))
  const specPart = (key: string) => (partOf.has(key) ? { diagramSpecPart: partOf.get(key)! } : {})
  const meta = (key: string, laid?: { x: number; y: number }): DiagramShapeMeta & { createdBy: string } => ({
    createdBy: 'agent', diagram: id, key, ...(laid ? { laid } : {}),
    ...(key === anchorKey ? { ...('whole' in stored ? { diagramSpec: stored.whole } : {}), diagramOrigin: at } : {}),
    ...specPart(key),
  })
  const shapeIds = new Map<string, TLShapeId>()
  let created = 0
  let kept = 0
  const place = (key: string, record: TLShape, laid?: { x: number; y: number }) => {
    const previous = old.get(key)
    const next = { ...record, meta: meta(key, laid) } as unknown as TLShape
    if (previous && previous.type === record.type) {
      const parentOrigin = draft.pageOrigin(previous.parentId)
      const pageOrigin = draft.pageOrigin(record.parentId)
      draft.put({ ...next, id: previous.id, index: previous.index, parentId: previous.parentId, x: next.x + pageOrigin.x - parentOrigin.x, y: next.y + pageOrigin.y - parentOrigin.y } as TLShape)
      shapeIds.set(key, previous.id)
      kept++
    } else {
      if (previous) deleteShapes(draft, [previous.id])
      draft.put(next)
      shapeIds.set(key, next.id)
      created++
    }
  }

  const ordered = [...layout.boxes.filter((box) => box.backdrop), ...layout.boxes.filter((box) => !box.backdrop)]
  for (const box of ordered) {
    const target = targets.get(box.key)!
    place(box.key, buildShape(draft, boxSpec(box, target.x, target.y)), { x: at.x + box.x, y: at.y + box.y })
  }
  for (const line of layout.lines) place(line.key, buildShape(draft, lineSpec(line, at)))
  for (const arrow of layout.arrows) {
    const outcome = placeArrow(draft, arrow, shapeIds, old.get(arrow.key), meta(arrow.key))
    if (outcome === 'kept') kept++
    else if (outcome === 'created') created++
  }

  const wanted = new Set([...layout.boxes.map((box) => box.key), ...layout.lines.map((line) => line.key), ...layout.arrows.map((arrow) => arrow.key)])
  const doomed = [...old].filter(([key, shape]) => !wanted.has(key) && draft.getShape(shape.id)).map(([, shape]) => shape.id)
  const deleted = deleteShapes(draft, doomed).length

  const nodes: Record<string, string> = {}
  for (const box of layout.boxes) if (box.node) nodes[box.node] = shortId(shapeIds.get(box.key)!)
  return { diagram: id, nodes, bounds: { ...at, w: layout.w, h: layout.h }, kept, created, deleted, leftInPlace }
}

/** Draws one arrow bound at both ends; an arrow of the same key is updated in place. */
function placeArrow(draft: BoardDraft, arrow: LayoutArrow, shapeIds: Map<string, TLShapeId>, previous: TLShape | undefined, meta: object): 'kept' | 'created' | 'skipped' {
  const from = shapeIds.get(arrow.from)
  const to = shapeIds.get(arrow.to)
  if (!from || !to || from === to) return 'skipped'
  const built = buildArrow(draft, {
    from: from, to: to, ...(arrow.label ? { text: arrow.label } : {}), bend: arrow.bend ?? 0,
    arrowheadEnd: arrow.arrowhead ?? 'arrow', dash: arrow.dash ?? 'draw', size: 's', color: 'black',
  })
  const id = previous?.type === 'arrow' ? previous.id : built.arrow.id
  if (previous && previous.type !== 'arrow') deleteShapes(draft, [previous.id])
  if (previous?.type === 'arrow') {
    for (const record of [...draft.records()]) if (record.typeName === 'binding' && (record as TLArrowBinding).fromId === previous.id) draft.remove(record.id)
  }
  const props = { ...(built.arrow.props as object), kind: arrow.kind }
  draft.put({ ...built.arrow, id, ...(previous ? { index: previous.index } : {}), props, meta } as TLShape)
  for (const binding of built.bindings) {
    const anchor = binding.props.terminal === 'start' ? arrow.fromAnchor : arrow.toAnchor
    draft.put({ ...binding, fromId: id, props: { ...binding.props, ...(anchor ? { normalizedAnchor: anchor, isPrecise: true } : {}) } })
  }
  return previous?.type === 'arrow' ? 'kept' : 'created'
}
