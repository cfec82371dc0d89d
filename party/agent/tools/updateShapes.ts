import { updateShapesTool } from '../../../shared/tools/updateShapes'
import { updateShape } from '../../board/shapeBuilders'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'

export const updateShapes = defineTool({
  ...updateShapesTool,
  describe: ({ updates }) => `Updating ${updates.length} shape${updates.length === 1 ? '' : 's'}`,
  apply: ({ updates }, context) => {
    const draft = newDraft(context)
    const missing = updates.filter((update) => !draft.resolve(update.id)).map((update) => update.id)
    if (missing.length > 0) return { ok: false, error: `no shapes with ids ${missing.join(', ')} on the board; nothing was changed` }
    const ignored: string[] = []
    for (const update of updates) {
      const shape = draft.getShape(draft.resolve(update.id) ?? '')
      if (!shape) continue
      const result = updateShape(draft, shape, update)
      draft.put(result.shape)
      if (result.ignored.length > 0) ignored.push(`${update.id} (${shape.type}) has no ${result.ignored.join(', ')}`)
    }
    const commit = commitToolDraft(context, draft)
    if (!commit.ok) return commit
    return {
      ok: true,
      summary: `Updated ${commit.updated} shape${commit.updated === 1 ? '' : 's'}`,
      result: { updated: updates.map((update) => update.id), ...(ignored.length > 0 ? { ignored } : {}) },
    }
  },
})
