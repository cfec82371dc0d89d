/** Building blocks of the tool schemas: ids, points and tldraw's style values, named for the model. */
import {
  ArrowShapeArrowheadEndStyle,
  DefaultColorStyle,
  DefaultDashStyle,
  DefaultFillStyle,
  DefaultFontStyle,
  DefaultSizeStyle,
  DefaultTextAlignStyle,
  DefaultVerticalAlignStyle,
  GeoShapeGeoStyle,
} from '@tldraw/tlschema'
import { z } from 'zod'

/** Coordinates are page pixels; this bound keeps a model's typo from flinging shapes to infinity. */
export const COORDINATE_LIMIT = 1_000_000
/** Largest width or height of one shape. */
export const MAX_SHAPE_SIZE = 20_000
/** Longest label or text of one shape. */
export const MAX_TEXT_CHARS = 2_000

export const Coordinate = z.number().finite().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT)
export const Size = z.number().finite().positive().max(MAX_SHAPE_SIZE)
export const Point = z.object({ x: Coordinate, y: Coordinate })
export type Point = z.infer<typeof Point>

/**
 * How the model names a shape: the id shown in the board description ("box1"), with or without
 * tldraw's `shape:` prefix.
 */
export const ShapeRef = z
  .string()
  .regex(/^(shape:)?[A-Za-z0-9_-]{1,64}$/, 'a shape id is 1-64 letters, digits, "_" or "-"')
  .describe('A shape id from the board description, e.g. "box1"')

export const Text = z.string().max(MAX_TEXT_CHARS)

// tldraw's own style values, so a tool can never produce a style tldraw does not know.
export const Color = z.enum(DefaultColorStyle.values as [string, ...string[]]).describe('Colour')
export const Fill = z.enum(DefaultFillStyle.values as [string, ...string[]]).describe('Fill: none, semi, solid, pattern, fill or lined-fill')
export const Dash = z.enum(DefaultDashStyle.values as [string, ...string[]]).describe('Outline: draw, solid, dashed, dotted')
export const StrokeSize = z.enum(DefaultSizeStyle.values as [string, ...string[]]).describe('Stroke and font size: s, m, l, xl')
export const Font = z.enum(DefaultFontStyle.values as [string, ...string[]]).describe('Font: draw, sans, serif, mono')
export const GeoKind = z.enum(GeoShapeGeoStyle.values as [string, ...string[]]).describe('Geometric shape kind')
export const TextAlign = z.enum(DefaultTextAlignStyle.values as [string, ...string[]])
export const VerticalAlign = z.enum(DefaultVerticalAlignStyle.values as [string, ...string[]])
export const Arrowhead = z.enum(ArrowShapeArrowheadEndStyle.values as [string, ...string[]])
