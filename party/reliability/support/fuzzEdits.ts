/**
 * The edits a person makes on a board, chosen by a seeded random source: create, move, resize,
 * recolour and delete shapes, and bind arrows between two of them. Each is built with the same
 * shape builders as the agent's tools (so every record is a valid tldraw record) and written to the
 * client's doc in one transaction, as tldraw's store binding would.
 */
import { createBindingId, type TLRecord, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { BoardDraft } from '../../board/boardDraft'
import { commitDraft, draftBase } from '../../board/commitDraft'
import { buildArrow, buildShape, deleteShapes, updateShape } from '../../board/shapeBuilders'
import { DEFAULT_PAGE_ID } from '../../room/seedBoard'
import type { SeededRandom } from './seededRandom'

export type EditKind = 'create' | 'move' | 'resize' | 'recolour' | 'delete' | 'bind'

const COLORS = ['black', 'blue', 'green', 'red', 'orange', 'violet', 'yellow', 'grey'] as const
const GEOS = ['rectangle', 'ellipse', 'diamond', 'star', 'triangle', 'cloud'] as const

/** Shapes other than arrows on the client's board, sorted so a seed picks the same way each time. */
function boxes(draft: BoardDraft): TLShape[] {
  return [...draft.shapes()].filter((shape) => shape.type !== 'arrow').sort((a, b) => a.id.localeCompare(b.id))
}

/**
 * Applies one random edit of `kind` to `doc` (a client's doc); `name` makes new ids unique and
 * seeded. Returns what it did, or null when there was nothing to apply it to.
 */
export function applyRandomEdit(doc: Y.Doc, random: SeededRandom, kind: EditKind, name: string): string | null {
  const draft = new BoardDraft(draftBase(doc), DEFAULT_PAGE_ID)
  const existing = boxes(draft)
  const target = random.pick(existing)
  switch (kind) {
    case 'create': {
      const shape = buildShape(draft, {
        type: 'geo',
        id: name,
        geo: random.pick(GEOS),
        x: random.int(-2_000, 2_000),
        y: random.int(-2_000, 2_000),
        w: random.int(10, 400),
        h: random.int(10, 300),
        color: random.pick(COLORS),
        ...(random.chance(0.3) ? { text: `label ${name}` } : {}),
      })
      draft.put(shape)
      break
    }
    case 'move':
    case 'resize':
    case 'recolour': {
      if (!target) return null
      const changes =
        kind === 'move'
          ? { x: random.int(-2_000, 2_000), y: random.int(-2_000, 2_000) }
          : kind === 'resize'
            ? { w: random.int(10, 400), h: random.int(10, 300) }
            : { color: random.pick(COLORS)! }
      draft.put(updateShape(draft, target, { id: target.id, ...changes }).shape)
      break
    }
    case 'delete': {
      if (!target) return null
      deleteShapes(draft, [target.id as TLShapeId])
      break
    }
    case 'bind': {
      const from = random.pick(existing)
      const to = random.pick(existing.filter((shape) => shape.id !== from?.id))
      if (!from || !to) return null
      const { arrow, bindings } = buildArrow(draft, { id: name, from: from.id, to: to.id })
      draft.put(arrow)
      // Seeded binding ids, so a replayed seed writes the same records.
      bindings.forEach((binding, i) => draft.put({ ...binding, id: createBindingId(`${name}-${i}`) } as TLRecord))
      break
    }
  }
  const commit = commitDraft(doc, draft, 'fuzz')
  if (!commit.ok) throw new Error(`a fuzz edit built an invalid record: ${commit.error}`)
  return `${kind} ${target?.id ?? name}`
}
