import { createShapesTool } from '../../../shared/tools/createShapes'
import { buildShape, ToolInputError } from '../../board/shapeBuilders'
import { shortId } from '../../board/shapeIds'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'
import { plural } from '../../../shared/plural'

export const createShapes = defineTool({
  ...createShapesTool,
  describe: ({ shapes }) => {
    const kinds = [...new Set(shapes.map((shape) => (shape.type === 'geo' ? (shape.geo ?? 'rectangle') : shape.type)))]
    return `Drawing ${plural(shapes.length, 'shape')} (${kinds.slice(0, 4).join(', ')})`
  },
  apply: ({ shapes }, context) => {
    const draft = newDraft(context)
    const created: { ref?: string; id: string; type: string }[] = []
    try {
      for (const [index, spec] of shapes.entries()) {
        try {
          const shape = buildShape(draft, spec)
          draft.put(shape)
          created.push({ ...(spec.id ? { ref: spec.id } : {}), id: shortId(shape.id), type: shape.type })
        } catch (error) {
          if (error instanceof ToolInputError) throw new ToolInputError(`shapes[${index}]: ${error.message}`)
          throw error
        }
      }
    } catch (error) {
      if (error instanceof ToolInputError) return { ok: false, error: `${error.message}; nothing was created` }
      throw error
    }
    const commit = commitToolDraft(context, draft)
    if (!commit.ok) return commit
    return { ok: true, summary: `Drew ${plural(created.length, 'shape')}`, result: { created } }
  },
})
