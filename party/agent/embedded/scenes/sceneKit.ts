/**
 * Small builders for the parts of a scene (a roof, a trunk, a sun ray), so each scene reads as a
 * list of parts in its own coordinates, scaled as asked, rather than as raw tool JSON.
 */
import type { Drawing } from '../layout/arrangeDrawings'
import { snapSize } from '../../../board/grid'
import type { TldrawColor } from '../planner/parse/colors'
import type { FillStyle, StrokeSize } from '../planner/parse/modifiers'
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'

/** How a scene is asked for: its size factor and, when the asker named one, its main colour. */
export interface SceneOptions {
  scale: number
  color?: TldrawColor
}

/** A scene: a drawing made from options. */
export type SceneMaker = (options: SceneOptions) => Drawing

type Point = { x: number; y: number }

/** Scales scene coordinates and rounds them to whole pixels. */
export class SceneKit {
  readonly shapes: ShapeSpec[] = []

  constructor(private readonly scale: number) {}

  private s(value: number): number {
    return Math.round(value * this.scale)
  }

  geo(geo: GeoKind, x: number, y: number, w: number, h: number, color: TldrawColor, fill: FillStyle = 'fill', size: StrokeSize = 'm'): this {
    this.shapes.push({ type: 'geo', geo, x: this.s(x), y: this.s(y), w: Math.max(1, this.s(w)), h: Math.max(1, this.s(h)), color, fill, size })
    return this
  }

  line(points: Point[], color: TldrawColor, size: StrokeSize = 'm', spline: 'line' | 'cubic' = 'line'): this {
    const scaled = points.map((point) => ({ x: this.s(point.x), y: this.s(point.y) }))
    const first = scaled[0] ?? { x: 0, y: 0 }
    this.shapes.push({ type: 'line', x: first.x, y: first.y, points: scaled, color, size, spline })
    return this
  }

  /** A closed freehand outline, filled: for outlines no geo kind has (a hull, a crescent). */
  outline(points: Point[], color: TldrawColor, fill: FillStyle = 'fill'): this {
    const scaled = points.map((point) => ({ x: this.s(point.x), y: this.s(point.y) }))
    const first = scaled[0] ?? { x: 0, y: 0 }
    this.shapes.push({ type: 'draw', x: first.x, y: first.y, points: [...scaled, first], closed: true, color, fill })
    return this
  }

  /** The finished drawing, its size snapped up to the grid so blocks of drawings stay aligned. */
  done(label: string, w: number, h: number): Drawing {
    return { label, shapes: this.shapes, w: snapSize(this.s(w)), h: snapSize(this.s(h)) }
  }
}

/** Points on a circle arc, angles in degrees (0 = right, 90 = down), `steps` segments. */
export function arc(cx: number, cy: number, r: number, fromDeg: number, toDeg: number, steps: number): Point[] {
  const points: Point[] = []
  for (let i = 0; i <= steps; i++) {
    const angle = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180
    points.push({ x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) })
  }
  return points
}
