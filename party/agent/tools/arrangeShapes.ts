import { arrangeShapesTool } from '../../../shared/tools/arrangeShapes'
import { planArrangement, type Placed } from '../../board/arrange'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'

export const arrangeShapes = defineTool({
  ...arrangeShapesTool,
  describe: ({ ids, operation }) => `Arranging ${ids.length} shapes (${operation.replaceAll('-', ' ')})`,
  apply: ({ ids, operation, gap }, context) => {
    const draft = newDraft(context)
    const placed: Placed[] = []
    const missing: string[] = []
    for (const ref of ids) {
      const id = draft.resolve(ref)
      const bounds = id ? draft.pageBounds(id) : null
      if (id && bounds) placed.push({ id, bounds })
      else missing.push(ref)
    }
    if (missing.length > 0) return { ok: false, error: `no shapes with ids ${missing.join(', ')} on the board; nothing was moved` }
    const boundsById = new Map(placed.map((item) => [item.id, item.bounds]))
    for (const [id, corner] of planArrangement(placed, operation, gap)) {
      const shape = draft.getShape(id)
      const bounds = boundsById.get(id)
      // Move by the bounds' offset: a line's or arrow's bounds need not start at its own x/y.
      if (shape && bounds) draft.put({ ...shape, x: shape.x + corner.x - bounds.x, y: shape.y + corner.y - bounds.y })
    }
    const commit = commitToolDraft(context, draft)
    if (!commit.ok) return commit
    return { ok: true, summary: `Arranged ${placed.length} shapes`, result: { moved: ids, operation } }
  },
})
