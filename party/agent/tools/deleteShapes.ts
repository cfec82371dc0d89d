import { deleteShapesTool } from '../../../shared/tools/deleteShapes'
import { deleteShapes as deleteFromDraft } from '../../board/shapeBuilders'
import { shortId } from '../../board/shapeIds'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'
import { plural } from '../../../shared/plural'

export const deleteShapes = defineTool({
  ...deleteShapesTool,
  describe: ({ ids }) => `Deleting ${plural(ids.length, 'shape')}`,
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
      summary: `Deleted ${plural(deleted.length, 'shape')}`,
      result: { deleted: deleted.map(shortId), ...(missing.length > 0 ? { notFound: missing } : {}) },
    }
  },
})
