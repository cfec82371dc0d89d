/** `create_shapes`: new geo shapes, text, sticky notes, frames, lines and freehand strokes. */
import { z } from 'zod'
import { MAX_SHAPES_PER_TOOL_CALL } from '../limits'
import {
  Color, Coordinate, Dash, Fill, Font, GeoKind, Point, ShapeRef, Size, StrokeSize, Text, TextAlign, VerticalAlign,
} from './styles'

const common = {
  id: ShapeRef.optional().describe('Your own id for the shape ("step1") so later calls can refer to it; one is made up when omitted'),
  x: Coordinate.describe('Left edge, page pixels'),
  y: Coordinate.describe('Top edge, page pixels'),
  color: Color.optional(),
  parent: ShapeRef.optional().describe('Id of a frame to put the shape in'),
}

export const GeoShapeSpec = z.object({
  type: z.literal('geo'),
  ...common,
  geo: GeoKind.optional().describe('rectangle (default), ellipse, triangle, diamond, star, cloud, heart, …'),
  w: Size,
  h: Size,
  text: Text.optional().describe('Label inside the shape'),
  fill: Fill.optional(),
  dash: Dash.optional(),
  size: StrokeSize.optional(),
  font: Font.optional(),
  align: TextAlign.optional(),
  verticalAlign: VerticalAlign.optional(),
  labelColor: Color.optional(),
})

export const TextShapeSpec = z.object({
  type: z.literal('text'),
  ...common,
  text: Text.min(1),
  w: Size.optional().describe('Fixed width; the text wraps. Omit to size to the text'),
  size: StrokeSize.optional(),
  font: Font.optional(),
  textAlign: TextAlign.optional(),
})

export const NoteShapeSpec = z.object({
  type: z.literal('note'),
  ...common,
  text: Text.describe('Text on the sticky note (notes are 200×200)'),
  size: StrokeSize.optional(),
  font: Font.optional(),
})

export const FrameShapeSpec = z.object({
  type: z.literal('frame'),
  ...common,
  w: Size,
  h: Size,
  name: Text.max(200).optional().describe('Title shown above the frame'),
})

export const LineShapeSpec = z.object({
  type: z.literal('line'),
  ...common,
  points: z.array(Point).min(2).max(100).describe('Page positions the line passes through, in order'),
  spline: z.enum(['line', 'cubic']).optional().describe('line: straight segments (default); cubic: smooth curve'),
  dash: Dash.optional(),
  size: StrokeSize.optional(),
})

export const DrawShapeSpec = z.object({
  type: z.literal('draw'),
  ...common,
  points: z.array(Point).min(2).max(1_000).describe('Page positions of a freehand stroke, in order'),
  closed: z.boolean().optional().describe('Join the last point to the first'),
  fill: Fill.optional(),
  dash: Dash.optional(),
  size: StrokeSize.optional(),
})

export const ShapeSpec = z.discriminatedUnion('type', [
  GeoShapeSpec,
  TextShapeSpec,
  NoteShapeSpec,
  FrameShapeSpec,
  LineShapeSpec,
  DrawShapeSpec,
])
export type ShapeSpec = z.infer<typeof ShapeSpec>

export const createShapesTool = {
  name: 'create_shapes',
  description:
    'Create shapes on the board: geo shapes (rectangles, ellipses, diamonds, stars, …) with optional labels, ' +
    'text, sticky notes, frames, straight or curved lines, and freehand strokes. x/y are the top-left corner ' +
    'in page pixels (for line and draw, give page points instead). Give shapes your own ids to connect them ' +
    `with arrows later. At most ${MAX_SHAPES_PER_TOOL_CALL} shapes per call.`,
  input: z.object({ shapes: z.array(ShapeSpec).min(1).max(MAX_SHAPES_PER_TOOL_CALL) }),
} as const
export type CreateShapesInput = z.infer<typeof createShapesTool.input>
