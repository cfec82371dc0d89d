/**
 * "30 random dots": shapes scattered with a seeded random sequence (the same request scatters the
 * same way), one per cell of a hidden grid so no two overlap.
 */
import type { GeoKind } from '../planner/parse/shapeWords'
import type { ShapeSpec } from '../planner/planTypes'
import { js, programFooter, type ProgramSource } from './programTypes'

export interface ScatterParams {
  title: string
  count: number
  geo: GeoKind
  size: number
  colors: string[]
  fill: string
  seed: number
}

export function scatterProgram(p: ScatterParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['black']
  const cell = p.size * 2
  const columns = Math.ceil(Math.sqrt(p.count * 1.5))
  const rows = Math.ceil(p.count / columns)
  const random = (seed: number) => {
    let state = seed
    return () => {
      state = (state * 16807) % 2147483647
      return state / 2147483647
    }
  }
  return {
    title: p.title,
    w: columns * cell,
    h: rows * cell,
    build(left, top) {
      const next = random(p.seed)
      const specs: ShapeSpec[] = []
      for (let i = 0; i < p.count; i++) {
        const column = i % columns
        const row = Math.floor(i / columns)
        const x = left + column * cell + Math.floor(next() * (cell - p.size))
        const y = top + row * cell + Math.floor(next() * (cell - p.size))
        specs.push({ type: 'geo', geo: p.geo, x, y, w: p.size, h: p.size, color: colors[i % colors.length] ?? 'black', fill: p.fill })
      }
      return specs
    },
    code(left, top) {
      return `// ${p.title}: one shape per cell of a ${columns} × ${rows} grid, at a random spot in its cell
const count = ${p.count}, size = ${p.size}, cell = size * 2, columns = ${columns}
const colors = ${js(colors)}
let state = ${p.seed}                                   // seeded, so the same request scatters alike
const next = () => (state = (state * 16807) % 2147483647) / 2147483647
const specs = []
for (let i = 0; i < count; i++) {
  const column = i % columns, row = Math.floor(i / columns)
  const x = ${left} + column * cell + Math.floor(next() * (cell - size))
  const y = ${top} + row * cell + Math.floor(next() * (cell - size))
  specs.push({ type: 'geo', geo: ${js(p.geo)}, x, y, w: size, h: size, color: colors[i % colors.length], fill: ${js(p.fill)} })
}
${programFooter(p.title)}`
    },
  }
}
