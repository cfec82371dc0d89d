/**
 * Shapes around a regular polygon's outline: "a hexagon made of dots" (dots along each side),
 * "12 stars in a circle" (one shape at each corner of a 12-gon).
 */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface PolygonParams {
  title: string
  sides: number
  /** Shapes per side, the corner included. */
  perSide: number
  geo: GeoKind
  size: number
  radius: number
  colors: string[]
  fill: string
}

interface PolygonDraw {
  sides: number
  perSide: number
  size: number
  radius: number
  /** The centre's offset from the top-left corner. */
  c: number
  geo: GeoKind
  colors: string[]
  fill: string
}

/** Shapes evenly along each side, first corner at the top (this function's source is the program). */
function drawPolygon(p: PolygonDraw, left: number, top: number): ShapeSpec[] {
  const specs: ShapeSpec[] = []
  const corner = (k: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / p.sides
    return { x: left + p.c + p.radius * Math.cos(angle), y: top + p.c + p.radius * Math.sin(angle) }
  }
  for (let k = 0; k < p.sides; k++) {
    const a = corner(k)
    const b = corner(k + 1)
    for (let j = 0; j < p.perSide; j++) {
      const t = j / p.perSide
      const i = k * p.perSide + j
      specs.push({
        type: 'geo', geo: p.geo, w: p.size, h: p.size, color: p.colors[i % p.colors.length] ?? 'black', fill: p.fill,
        x: Math.round(a.x + (b.x - a.x) * t - p.size / 2), y: Math.round(a.y + (b.y - a.y) * t - p.size / 2),
      })
    }
  }
  return specs
}

export function polygonProgram(p: PolygonParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['black']
  const side = Math.ceil(((p.radius + p.size / 2) * 2) / 20) * 20
  const params = { sides: p.sides, perSide: p.perSide, size: p.size, radius: p.radius, c: side / 2, geo: p.geo, colors, fill: p.fill }
  return drawnProgram(p.title, { w: side, h: side }, drawPolygon, params)
}
