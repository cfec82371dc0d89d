/**
 * Turns the agent's shape specs (shared/tools) into complete tldraw records, with tldraw's own
 * defaults (tldraw/src/lib/shapes/*: getDefaultProps) for everything the spec leaves out. Both the
 * tool calls and the sandbox build shapes here, so they draw alike.
 */
import {
  b64Vecs,
  createBindingId,
  type TLArrowBinding,
  type TLParentId,
  type TLShape,
  type TLShapeId,
} from '@tldraw/tlschema'
import { getIndices, type IndexKey } from '@tldraw/utils'
import type { ArrowSpec } from '../../shared/tools/createArrows'
import type { ShapeSpec } from '../../shared/tools/createShapes'
import type { ShapeUpdate } from '../../shared/tools/updateShapes'
import type { Point } from '../../shared/tools/styles'
import type { BoardDraft } from './boardDraft'
import { center } from './geometry'
import { toRichText } from './richText'

/** A mistake in what the model asked for; its message goes back to the model. */
export class ToolInputError extends Error {
  override name = 'ToolInputError'
}

const round = (value: number) => Math.round(value * 100) / 100

function baseRecord(draft: BoardDraft, id: TLShapeId, parentId: TLParentId, pagePoint: Point) {
  const origin = draft.pageOrigin(parentId)
  return {
    id,
    typeName: 'shape' as const,
    x: round(pagePoint.x - origin.x),
    y: round(pagePoint.y - origin.y),
    rotation: 0,
    index: draft.nextIndex(parentId),
    parentId,
    isLocked: false,
    opacity: 1,
    meta: { createdBy: 'agent' },
  }
}

function resolveParent(draft: BoardDraft, parent: string | undefined): TLParentId {
  if (!parent) return draft.pageId
  const id = draft.resolve(parent)
  if (!id || draft.getShape(id)?.type !== 'frame') throw new ToolInputError(`parent "${parent}" is not a frame on the board`)
  return id
}

/** Points relative to the first one, which becomes the shape's position. */
function relativePoints(points: Point[]): { origin: Point; relative: Point[] } {
  const origin = points[0] ?? { x: 0, y: 0 }
  return { origin, relative: points.map((point) => ({ x: round(point.x - origin.x), y: round(point.y - origin.y) })) }
}

/** Builds the record of a new shape; its id is the spec's own name when that is free. */
export function buildShape(draft: BoardDraft, spec: ShapeSpec): TLShape {
  const parentId = resolveParent(draft, spec.parent)
  const id = draft.allocateShapeId(spec.id)
  const color = spec.color ?? 'black'
  switch (spec.type) {
    case 'geo':
      return {
        ...baseRecord(draft, id, parentId, spec),
        type: 'geo',
        props: {
          geo: spec.geo ?? 'rectangle', w: round(spec.w), h: round(spec.h), growY: 0, url: '', scale: 1,
          color, labelColor: spec.labelColor ?? 'black', fill: spec.fill ?? 'none', dash: spec.dash ?? 'draw',
          size: spec.size ?? 'm', font: spec.font ?? 'draw', align: spec.align ?? 'middle',
          verticalAlign: spec.verticalAlign ?? 'middle', richText: toRichText(spec.text ?? ''),
        },
      } as TLShape
    case 'text':
      return {
        ...baseRecord(draft, id, parentId, spec),
        type: 'text',
        props: {
          color, size: spec.size ?? 'm', font: spec.font ?? 'draw', textAlign: spec.textAlign ?? 'start',
          w: round(spec.w ?? 8), autoSize: spec.w === undefined, scale: 1, richText: toRichText(spec.text),
        },
      } as TLShape
    case 'note':
      return {
        ...baseRecord(draft, id, parentId, spec),
        type: 'note',
        props: {
          color: spec.color ?? 'yellow', labelColor: 'black', richText: toRichText(spec.text), size: spec.size ?? 'm',
          font: spec.font ?? 'draw', align: 'middle', verticalAlign: 'middle', growY: 0, fontSizeAdjustment: 1,
          url: '', scale: 1, textFirstEditedBy: null,
        },
      } as TLShape
    case 'frame':
      return {
        ...baseRecord(draft, id, parentId, spec),
        type: 'frame',
        props: { w: round(spec.w), h: round(spec.h), name: spec.name ?? '', color },
      } as TLShape
    case 'line': {
      const { origin, relative } = relativePoints(spec.points)
      const indices = getIndices(relative.length)
      const points = Object.fromEntries(
        relative.map((point, i) => {
          const index = indices[i] as IndexKey
          return [index, { id: index, index, x: point.x, y: point.y }]
        }),
      )
      return {
        ...baseRecord(draft, id, parentId, origin),
        type: 'line',
        props: { color, dash: spec.dash ?? 'draw', size: spec.size ?? 'm', spline: spec.spline ?? 'line', points, scale: 1 },
      } as TLShape
    }
    case 'draw': {
      const { origin, relative } = relativePoints(spec.points)
      const path = b64Vecs.encodePoints(relative.map((point) => ({ ...point, z: 0.5 })))
      return {
        ...baseRecord(draft, id, parentId, origin),
        type: 'draw',
        props: {
          segments: [{ type: 'free', path }], color, fill: spec.fill ?? 'none', dash: spec.dash ?? 'draw',
          size: spec.size ?? 'm', isComplete: true, isClosed: spec.closed ?? false, isPen: false,
          scale: 1, scaleX: 1, scaleY: 1,
        },
      } as TLShape
    }
  }
}

type Terminal = { point: Point; bindTo: TLShapeId | null }

function resolveTerminal(draft: BoardDraft, end: ArrowSpec['from'], label: string): Terminal {
  if (typeof end !== 'string') return { point: end, bindTo: null }
  const id = draft.resolve(end)
  const bounds = id ? draft.pageBounds(id) : null
  if (!id || !bounds) throw new ToolInputError(`${label} "${end}" is not a shape on the board`)
  return { point: center(bounds), bindTo: id }
}

/** Builds an arrow and the bindings that tie its ends to shapes. */
export function buildArrow(draft: BoardDraft, spec: ArrowSpec): { arrow: TLShape; bindings: TLArrowBinding[] } {
  const start = resolveTerminal(draft, spec.from, 'from')
  const end = resolveTerminal(draft, spec.to, 'to')
  if (start.bindTo && start.bindTo === end.bindTo) throw new ToolInputError('an arrow needs two different shapes')
  const id = draft.allocateShapeId(spec.id)
  const arrow = {
    ...baseRecord(draft, id, draft.pageId, start.point),
    type: 'arrow',
    props: {
      kind: 'arc', elbowMidPoint: 0.5, dash: spec.dash ?? 'draw', size: spec.size ?? 'm', fill: 'none',
      color: spec.color ?? 'black', labelColor: 'black', bend: spec.bend ?? 0, start: { x: 0, y: 0 },
      end: { x: round(end.point.x - start.point.x), y: round(end.point.y - start.point.y) },
      arrowheadStart: spec.arrowheadStart ?? 'none', arrowheadEnd: spec.arrowheadEnd ?? 'arrow',
      richText: toRichText(spec.text ?? ''), labelPosition: 0.5, font: 'draw', scale: 1,
    },
  } as TLShape
  const bindings: TLArrowBinding[] = []
  for (const [terminal, target] of [['start', start.bindTo], ['end', end.bindTo]] as const) {
    if (!target) continue
    bindings.push({
      id: createBindingId(),
      typeName: 'binding',
      type: 'arrow',
      fromId: id,
      toId: target,
      props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
      meta: {},
    })
  }
  return { arrow, bindings }
}

const TEXT_TYPES = new Set(['geo', 'text', 'note', 'arrow'])
const STYLE_PROPS = ['color', 'fill', 'dash', 'size', 'font', 'geo'] as const

/** Applies an update to a shape; reports the fields that shape type does not have. */
export function updateShape(draft: BoardDraft, shape: TLShape, update: ShapeUpdate): { shape: TLShape; ignored: string[] } {
  const props: Record<string, unknown> = { ...(shape.props as Record<string, unknown>) }
  const next: Record<string, unknown> = { ...shape }
  const ignored: string[] = []
  if (update.x !== undefined || update.y !== undefined) {
    const origin = draft.pageOrigin(shape.parentId)
    if (update.x !== undefined) next.x = round(update.x - origin.x)
    if (update.y !== undefined) next.y = round(update.y - origin.y)
  }
  for (const [key, value] of [['w', update.w], ['h', update.h]] as const) {
    if (value === undefined) continue
    if (shape.type === 'geo' || shape.type === 'frame' || (shape.type === 'text' && key === 'w')) {
      props[key] = round(value)
      if (shape.type === 'text') props.autoSize = false
      if (shape.type === 'geo' && key === 'h') props.growY = 0
    } else ignored.push(key)
  }
  if (update.text !== undefined) {
    if (shape.type === 'frame') props.name = update.text
    else if (TEXT_TYPES.has(shape.type)) props.richText = toRichText(update.text)
    else ignored.push('text')
  }
  for (const key of STYLE_PROPS) {
    const value = update[key]
    if (value === undefined) continue
    if (key in props) props[key] = value
    else ignored.push(key)
  }
  next.props = props
  return { shape: next as unknown as TLShape, ignored }
}

/**
 * Deletes shapes with what depends on them: the contents of frames, and the bindings of arrows
 * (an arrow bound to a deleted shape stays, its end left where the shape was). Returns the ids of
 * the shapes deleted.
 */
export function deleteShapes(draft: BoardDraft, ids: TLShapeId[]): TLShapeId[] {
  const doomed = new Set<TLShapeId>()
  const queue = [...ids]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (doomed.has(id) || !draft.getShape(id)) continue
    doomed.add(id)
    queue.push(...draft.childIds(id))
  }
  const unbound: { binding: TLArrowBinding; point: Point }[] = []
  for (const record of [...draft.records()]) {
    if (record.typeName !== 'binding') continue
    const binding = record as TLArrowBinding
    if (doomed.has(binding.fromId)) draft.remove(binding.id)
    else if (doomed.has(binding.toId)) {
      const bounds = draft.pageBounds(binding.toId)
      if (bounds) unbound.push({ binding, point: center(bounds) })
      draft.remove(binding.id)
    }
  }
  for (const { binding, point } of unbound) {
    const arrow = draft.getShape(binding.fromId)
    if (!arrow || arrow.type !== 'arrow') continue
    const origin = draft.pageOrigin(arrow.parentId)
    const local = { x: round(point.x - origin.x - arrow.x), y: round(point.y - origin.y - arrow.y) }
    draft.put({ ...arrow, props: { ...arrow.props, [binding.props.terminal]: local } } as TLShape)
  }
  for (const id of doomed) draft.remove(id)
  return [...doomed]
}
