/**
 * `create_diagram`: the model gives a diagram's structure; the room lays it out (party/diagram) and
 * draws it as one transaction. With `diagram` set, it replaces that diagram's structure in place.
 */
import { createDiagramTool, type CreateDiagramInput } from '../../../shared/tools/createDiagram'
import { plural } from '../../../shared/plural'
import type { BoardDraft } from '../../board/boardDraft'
import { ToolInputError } from '../../board/shapeBuilders'
import { applyDiagram, type AppliedDiagram } from '../../diagram/applyDiagram'
import { boardDiagrams } from '../../diagram/diagramMeta'
import { layoutDiagram } from '../../diagram/layoutDiagram'
import { resolveDiagram } from '../../diagram/spec'
import { commitToolDraft } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool, type ToolContext, type ToolOutcome } from './toolTypes'

/** Lays out and stages a diagram on `draft`; a ToolInputError for a diagram id not on the board. */
export async function stageDiagram(draft: BoardDraft, input: CreateDiagramInput, context: Pick<ToolContext, 'viewport'>, diagramId = input.diagram): Promise<AppliedDiagram> {
  if (input.diagram && !boardDiagrams(draft).has(input.diagram)) {
    throw new ToolInputError(`there is no diagram "${input.diagram}" on the board; leave out "diagram" to draw a new one`)
  }
  const layout = await layoutDiagram(resolveDiagram(input))
  return applyDiagram(draft, input, layout, { viewport: context.viewport, ...(diagramId ? { diagramId } : {}) })
}

/** The model's answer for a drawn diagram: its id, and each node's shape id. */
export function diagramOutcome(input: CreateDiagramInput, applied: AppliedDiagram): Extract<ToolOutcome, { ok: true }> {
  const verb = input.diagram ? 'Updated' : 'Drew'
  const moved = applied.leftInPlace > 0 ? `; ${applied.leftInPlace} moved by hand stayed put` : ''
  return {
    ok: true,
    summary: `${verb} ${input.kind} ${applied.diagram} (${plural(Object.keys(applied.nodes).length, 'node')}${moved})`,
    result: { diagram: applied.diagram, nodes: applied.nodes, bounds: applied.bounds },
  }
}

export const createDiagram = defineTool({
  ...createDiagramTool,
  describe: (input) => `${input.diagram ? 'Updating' : 'Drawing'} a ${input.kind} of ${plural(input.nodes.length, 'node')}`,
  apply: async (input, context) => {
    const draft = newDraft(context)
    let applied: AppliedDiagram
    try {
      applied = await stageDiagram(draft, input, context)
    } catch (error) {
      if (error instanceof ToolInputError) return { ok: false, error: `${error.message}; nothing was changed` }
      throw error
    }
    const commit = commitToolDraft(context, draft)
    if (!commit.ok) return commit
    return diagramOutcome(input, applied)
  },
})
