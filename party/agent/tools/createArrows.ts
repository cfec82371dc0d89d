import { createArrowsTool } from '../../../shared/tools/createArrows'
import { buildArrow, ToolInputError } from '../../board/shapeBuilders'
import { shortId } from '../../board/shapeIds'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'
import { plural } from '../../../shared/plural'

export const createArrows = defineTool({
  ...createArrowsTool,
  describe: ({ arrows }) => `Connecting with ${plural(arrows.length, 'arrow')}`,
  apply: ({ arrows }, context) => {
    const draft = newDraft(context)
    const created: { id: string; from: string; to: string }[] = []
    for (const [index, spec] of arrows.entries()) {
      try {
        const { arrow, bindings } = buildArrow(draft, spec)
        draft.put(arrow)
        for (const binding of bindings) draft.put(binding)
        const end = (value: typeof spec.from) => (typeof value === 'string' ? value : `(${value.x}, ${value.y})`)
        created.push({ id: shortId(arrow.id), from: end(spec.from), to: end(spec.to) })
      } catch (error) {
        if (error instanceof ToolInputError) return { ok: false, error: `arrows[${index}]: ${error.message}; nothing was created` }
        throw error
      }
    }
    const commit = commitToolDraft(context, draft)
    if (!commit.ok) return commit
    return { ok: true, summary: `Connected ${plural(created.length, 'arrow')}`, result: { created } }
  },
})
