import { deleteShapesTool } from '../../../shared/tools/deleteShapes'
import { deleteShapes as deleteFromDraft } from '../../board/shapeBuilders'
import { shortId } from '../../board/shapeIds'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'

export const deleteShapes = defineTool({
  ...deleteShapesTool,
  describe: ({ ids }) => `Deleting ${ids.length} shape${ids.length === 1 ? '' : 's'}`,
  apply: ({ ids }, context) => {
    const draft = newDraft(context)
    const found = ids.map((id) => draft.resolve(id)).filter((id) => id !== null)
    const missing = ids.filter((id) => !draft.resolve(id))
    if (found.length === 0) return { ok: false, error: `no shapes with ids ${ids.join(', ')} on the board; nothing was deleted` }
    const deleted = deleteFromDraft(draft, found)
    const commit = commitToolDraft(context, draft)
    if (!commit.ok) return commit
    return {
      ok: true,
      summary: `Deleted ${deleted.length} shape${deleted.length === 1 ? '' : 's'}`,
      result: { deleted: deleted.map(shortId), ...(missing.length > 0 ? { notFound: missing } : {}) },
    }
  },
})
