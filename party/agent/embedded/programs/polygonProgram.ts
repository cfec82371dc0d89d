/**
 * Shapes around a regular polygon's outline: "a hexagon made of dots" (dots along each side),
 * "12 stars in a circle" (one shape at each corner of a 12-gon).
 */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { js, programFooter, type ProgramSource } from './programTypes'

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

export function polygonProgram(p: PolygonParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['black']
  const half = p.radius + p.size / 2
  const side = Math.ceil((half * 2) / 20) * 20
  const c = side / 2
  return {
    title: p.title,
    w: side,
    h: side,
    build(left, top) {
      const specs: ShapeSpec[] = []
      const corner = (k: number) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * k) / p.sides
        return { x: left + c + p.radius * Math.cos(angle), y: top + c + p.radius * Math.sin(angle) }
      }
      for (let k = 0; k < p.sides; k++) {
        const a = corner(k)
        const b = corner(k + 1)
        for (let j = 0; j < p.perSide; j++) {
          const t = j / p.perSide
          const i = k * p.perSide + j
          specs.push({
            type: 'geo', geo: p.geo, w: p.size, h: p.size, color: colors[i % colors.length] ?? 'black', fill: p.fill,
            x: Math.round(a.x + (b.x - a.x) * t - p.size / 2), y: Math.round(a.y + (b.y - a.y) * t - p.size / 2),
          })
        }
      }
      return specs
    },
    code(left, top) {
      return `// ${p.title}
const sides = ${p.sides}, perSide = ${p.perSide}, size = ${p.size}, radius = ${p.radius}
const cx = ${left} + ${c}, cy = ${top} + ${c}
const colors = ${js(colors)}
const corner = (k) => {
  const angle = -Math.PI / 2 + (2 * Math.PI * k) / sides   // first corner at the top
  return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) }
}
const specs = []
for (let k = 0; k < sides; k++) {
  const a = corner(k), b = corner(k + 1)
  for (let j = 0; j < perSide; j++) {
    const t = j / perSide, i = k * perSide + j
    specs.push({
      type: 'geo', geo: ${js(p.geo)}, w: size, h: size, color: colors[i % colors.length], fill: ${js(p.fill)},
      x: Math.round(a.x + (b.x - a.x) * t - size / 2), y: Math.round(a.y + (b.y - a.y) * t - size / 2),
    })
  }
}
${programFooter(p.title)}`
    },
  }
}
