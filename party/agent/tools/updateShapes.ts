import { updateShapesTool } from '../../../shared/tools/updateShapes'
import { updateShape } from '../../board/shapeBuilders'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'
import { plural } from '../../../shared/plural'

export const updateShapes = defineTool({
  ...updateShapesTool,
  describe: ({ updates }) => `Updating ${plural(updates.length, 'shape')}`,
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
      summary: `Updated ${plural(commit.updated, 'shape')}`,
      result: { updated: updates.map((update) => update.id), ...(ignored.length > 0 ? { ignored } : {}) },
    }
  },
})
