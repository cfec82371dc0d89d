/** `create_arrows`: arrows whose ends are bound to shapes, so they follow when the shapes move. */
import { z } from 'zod'
import { MAX_SHAPES_PER_TOOL_CALL } from '../limits'
import { Arrowhead, Color, Dash, Point, ShapeRef, StrokeSize, Text } from './styles'

const End = z.union([ShapeRef, Point]).describe('A shape id (the arrow binds to it) or a free page point {x, y}')

export const ArrowSpec = z.object({
  id: ShapeRef.optional(),
  from: End,
  to: End,
  text: Text.max(200).optional().describe('Label on the arrow'),
  color: Color.optional(),
  dash: Dash.optional(),
  size: StrokeSize.optional(),
  bend: z.number().finite().min(-2_000).max(2_000).optional().describe('Curvature in pixels; 0 is straight'),
  arrowheadStart: Arrowhead.optional(),
  arrowheadEnd: Arrowhead.optional(),
})
export type ArrowSpec = z.infer<typeof ArrowSpec>

export const createArrowsTool = {
  name: 'create_arrows',
  description:
    'Connect shapes with arrows. Each end is a shape id (the arrow is bound to that shape and follows it ' +
    'when it moves) or a free point. Use it after create_shapes for flowcharts and diagrams.',
  input: z.object({ arrows: z.array(ArrowSpec).min(1).max(MAX_SHAPES_PER_TOOL_CALL) }),
} as const
export type CreateArrowsInput = z.infer<typeof createArrowsTool.input>
