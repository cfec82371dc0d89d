/**
 * "30 circles in a spiral": shapes along an Archimedean spiral, spaced evenly along the curve and
 * one shape-width plus a gap between turns, so neighbours never touch.
 */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { js, programFooter, type ProgramSource } from './programTypes'

export interface SpiralParams {
  title: string
  count: number
  geo: GeoKind
  size: number
  colors: string[]
  fill: string
}

/** Where the first shape sits along the curve: far enough out that the innermost ones do not crowd. */
const START = 3

export function spiralProgram(p: SpiralParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['black']
  const step = p.size * 1.3
  const turn = step / (2 * Math.PI)
  const outer = turn * Math.sqrt((2 * step * (p.count - 1 + START)) / turn) + p.size / 2
  const radius = Math.ceil(outer / 20) * 20
  return {
    title: p.title,
    w: radius * 2,
    h: radius * 2,
    build(left, top) {
      const specs: ShapeSpec[] = []
      for (let i = 0; i < p.count; i++) {
        const angle = Math.sqrt((2 * step * (i + START)) / turn)
        const r = turn * angle
        specs.push({
          type: 'geo', geo: p.geo, x: Math.round(left + radius + r * Math.cos(angle) - p.size / 2),
          y: Math.round(top + radius + r * Math.sin(angle) - p.size / 2), w: p.size, h: p.size,
          color: colors[i % colors.length] ?? 'black', fill: p.fill,
        })
      }
      return specs
    },
    code(left, top) {
      return `// ${p.title}: an Archimedean spiral, shapes evenly spaced along it
const count = ${p.count}, size = ${p.size}
const step = size * 1.3                // distance between neighbours along the curve
const turn = step / (2 * Math.PI)      // the spiral grows by one step per turn
const cx = ${left + radius}, cy = ${top + radius}
const colors = ${js(colors)}
const specs = []
for (let i = 0; i < count; i++) {
  const angle = Math.sqrt((2 * step * (i + ${START})) / turn)   // equal arc length between shapes
  const r = turn * angle
  specs.push({
    type: 'geo', geo: ${js(p.geo)}, w: size, h: size, color: colors[i % colors.length], fill: ${js(p.fill)},
    x: Math.round(cx + r * Math.cos(angle) - size / 2), y: Math.round(cy + r * Math.sin(angle) - size / 2),
  })
}
${programFooter(p.title)}`
    },
  }
}
