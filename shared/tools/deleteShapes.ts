/** `delete_shapes`: remove shapes (and what depends on them: frame contents, arrow bindings). */
import { z } from 'zod'
import { MAX_SHAPES_PER_TOOL_CALL } from '../limits'
import { ShapeRef } from './styles'

export const deleteShapesTool = {
  name: 'delete_shapes',
  description:
    'Delete shapes by id. Deleting a frame deletes what is inside it; arrows bound to a deleted shape stay, unbound.',
  input: z.object({ ids: z.array(ShapeRef).min(1).max(MAX_SHAPES_PER_TOOL_CALL) }),
} as const
export type DeleteShapesInput = z.infer<typeof deleteShapesTool.input>
