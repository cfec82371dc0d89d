/** `update_shapes`: move, resize, recolour or relabel existing shapes. */
import { z } from 'zod'
import { MAX_SHAPES_PER_TOOL_CALL } from '../limits'
import { Color, Coordinate, Dash, Fill, Font, GeoKind, ShapeRef, Size, StrokeSize, Text } from './styles'

export const ShapeUpdate = z.object({
  id: ShapeRef,
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  w: Size.optional().describe('New width (geo, frame, text)'),
  h: Size.optional().describe('New height (geo, frame)'),
  text: Text.optional().describe('New label or text (geo, text, note, arrow); for a frame, its name'),
  color: Color.optional(),
  fill: Fill.optional(),
  dash: Dash.optional(),
  size: StrokeSize.optional(),
  font: Font.optional(),
  geo: GeoKind.optional(),
})
export type ShapeUpdate = z.infer<typeof ShapeUpdate>

export const updateShapesTool = {
  name: 'update_shapes',
  description:
    'Change existing shapes by id: move (x, y), resize (w, h), recolour (color, fill), relabel (text) or ' +
    'restyle them. Only the fields you give change. Properties a shape does not have are ignored.',
  input: z.object({ updates: z.array(ShapeUpdate).min(1).max(MAX_SHAPES_PER_TOOL_CALL) }),
} as const
export type UpdateShapesInput = z.infer<typeof updateShapesTool.input>
