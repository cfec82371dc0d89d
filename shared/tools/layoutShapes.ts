/** `layout_shapes`: tidies boxes joined by arrows (drawn by hand or not) with the diagram layout engine. */
import { z } from 'zod'
import { MAX_LAYOUT_SHAPES } from '../limits'
import { DiagramDirection } from './createDiagram'
import { normalizeDirection } from './diagramNormalize'
import { ShapeRef } from './styles'

export const layoutShapesTool = {
  name: 'layout_shapes',
  description:
    'Tidy up shapes joined by arrows ("tidy up", "lay out the selected shapes"): lays the given shapes out as a layered ' +
    'graph following their arrows, with no overlaps, keeping every arrow bound. Give the ids of the shapes (the ' +
    'selection is listed as selected= in the board description); arrows between them come along by themselves. ' +
    'Example: {"ids":["box1","box2","box3"],"direction":"right"}',
  input: z.object({
    ids: z.array(ShapeRef).min(1).max(MAX_LAYOUT_SHAPES).describe('The shapes to lay out'),
    direction: z.preprocess(normalizeDirection, DiagramDirection).optional().describe('Which way the arrows flow (default down)'),
  }),
} as const
export type LayoutShapesInput = z.infer<typeof layoutShapesTool.input>
