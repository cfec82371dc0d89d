/** `arrange_shapes`: align, distribute or stack shapes, like tldraw's arrange menu. */
import { z } from 'zod'
import { MAX_SHAPES_PER_TOOL_CALL } from '../limits'
import { ShapeRef } from './styles'

export const ARRANGE_OPERATIONS = [
  'align-left',
  'align-center-horizontal',
  'align-right',
  'align-top',
  'align-center-vertical',
  'align-bottom',
  'distribute-horizontal',
  'distribute-vertical',
  'stack-horizontal',
  'stack-vertical',
] as const
export type ArrangeOperation = (typeof ARRANGE_OPERATIONS)[number]

export const arrangeShapesTool = {
  name: 'arrange_shapes',
  description:
    'Arrange shapes: align their edges or centres, distribute them evenly, or stack them in a row or ' +
    'column with a gap (pixels, default 16).',
  input: z.object({
    ids: z.array(ShapeRef).min(2).max(MAX_SHAPES_PER_TOOL_CALL),
    operation: z.enum(ARRANGE_OPERATIONS),
    gap: z.number().finite().min(0).max(2_000).optional(),
  }),
} as const
export type ArrangeShapesInput = z.infer<typeof arrangeShapesTool.input>
