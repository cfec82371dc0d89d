/**
 * `layout_shapes`: lays out the given shapes and the arrows between them with elkjs layered (the
 * flowchart engine, party/diagram/flowchart.ts), where they are; moves shapes only, so every arrow
 * stays bound. Where the tidied group would cover other shapes, it moves to free space instead.
 */
import type { TLArrowBinding, TLShape, TLShapeId } from '@tldraw/tlschema'
import { layoutShapesTool } from '../../../shared/tools/layoutShapes'
import { plural } from '../../../shared/plural'
import { findFreeSpot } from '../../board/freeSpace'
import { center, intersects, type Bounds } from '../../board/geometry'
import { layeredPositions } from '../../diagram/flowchart'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'

const round = (value: number) => Math.round(value * 100) / 100

export const layoutShapes = defineTool({
  ...layoutShapesTool,
  describe: ({ ids }) => `Tidying ${plural(ids.length, 'shape')}`,
  apply: async ({ ids, direction }, context) => {
    const draft = newDraft(context)
    const shapes: TLShape[] = []
    const unknown: string[] = []
    for (const ref of new Set(ids)) {
      const id = draft.resolve(ref)
      const shape = id ? draft.getShape(id) : undefined
      if (!shape) unknown.push(ref)
      else if (shape.type !== 'arrow' && !shapes.some((known) => known.id === shape.id)) shapes.push(shape)
    }
    if (unknown.length > 0) return { ok: false, error: `no shapes ${unknown.map((ref) => `"${ref}"`).join(', ')} on the board; nothing was moved` }
    if (shapes.length < 2) return { ok: false, error: 'give at least two shapes (not arrows) to lay out; nothing was moved' }

    const index = new Map(shapes.map((shape, i) => [shape.id, i]))
    const bindings = [...draft.records()].filter((record): record is TLArrowBinding => record.typeName === 'binding' && record.type === 'arrow')
    const ends = new Map<TLShapeId, { start?: TLShapeId; end?: TLShapeId }>()
    for (const binding of bindings) ends.set(binding.fromId, { ...ends.get(binding.fromId), [binding.props.terminal]: binding.toId })
    const arrows = [...ends].filter(([, end]) => end.start && end.end && index.has(end.start) && index.has(end.end) && end.start !== end.end)
    const edges = arrows.map(([, end]) => ({ from: index.get(end.start!)!, to: index.get(end.end!)! }))

    const before = shapes.map((shape) => draft.pageBounds(shape.id)!)
    const positions = await layeredPositions(before, edges, direction ?? 'down')
    const group = { x: Math.min(...before.map((b) => b.x)), y: Math.min(...before.map((b) => b.y)) }
    const w = Math.max(...positions.map((p, i) => p.x + before[i]!.w))
    const h = Math.max(...positions.map((p, i) => p.y + before[i]!.h))
    const own = new Set<TLShapeId>([...shapes.map((shape) => shape.id), ...arrows.map(([id]) => id)])
    const others: Bounds[] = [...draft.shapes()].filter((shape) => shape.parentId === draft.pageId && !own.has(shape.id) && shape.type !== 'arrow').flatMap((shape) => draft.pageBounds(shape.id) ?? [])
    const origin = others.some((box) => intersects({ ...group, w, h }, box)) ? findFreeSpot({ w, h }, context.viewport, others) : group

    shapes.forEach((shape, i) => {
      const parent = draft.pageOrigin(shape.parentId)
      draft.put({ ...shape, x: round(origin.x + positions[i]!.x - parent.x), y: round(origin.y + positions[i]!.y - parent.y) } as TLShape)
    })
    // Bound arrows follow their shapes; their own points are refreshed so the board description stays true.
    for (const [arrowId, end] of arrows) {
      const arrow = draft.getShape(arrowId)
      const from = draft.pageBounds(end.start!)
      const to = draft.pageBounds(end.end!)
      if (!arrow || !from || !to || arrow.parentId !== draft.pageId) continue
      const a = center(from)
      const b = center(to)
      draft.put({ ...arrow, x: round(a.x), y: round(a.y), props: { ...arrow.props, start: { x: 0, y: 0 }, end: { x: round(b.x - a.x), y: round(b.y - a.y) } } } as TLShape)
    }
    const commit = commitToolDraft(context, draft)
    if (!commit.ok) return commit
    return { ok: true, summary: `Laid out ${plural(shapes.length, 'shape')} and ${plural(arrows.length, 'arrow')}`, result: { moved: shapes.length, arrows: arrows.length } }
  },
})
