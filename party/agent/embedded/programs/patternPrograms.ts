/** Small patterns: concentric circles (or a target), a pyramid of blocks, a wave. */
import type { ShapeSpec } from '../planner/planTypes'
import { js, programFooter, type ProgramSource } from './programTypes'

export interface ConcentricParams {
  title: string
  count: number
  size: number
  colors: string[]
  fill: string
}

/** Circles inside each other, largest first so the smaller ones sit on top. */
export function concentricProgram(p: ConcentricParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['black']
  const step = p.size / (2 * p.count)
  return {
    title: p.title,
    w: p.size,
    h: p.size,
    build(left, top) {
      const specs: ShapeSpec[] = []
      for (let i = 0; i < p.count; i++) {
        const d = Math.round(p.size - 2 * step * i)
        const offset = Math.round((p.size - d) / 2)
        specs.push({ type: 'geo', geo: 'ellipse', x: left + offset, y: top + offset, w: d, h: d, color: colors[i % colors.length] ?? 'black', fill: p.fill })
      }
      return specs
    },
    code(left, top) {
      return `// ${p.title}
const count = ${p.count}, size = ${p.size}, step = size / (2 * count)
const colors = ${js(colors)}
const specs = []
for (let i = 0; i < count; i++) {
  const d = Math.round(size - 2 * step * i)          // largest first
  const offset = Math.round((size - d) / 2)
  specs.push({ type: 'geo', geo: 'ellipse', x: ${left} + offset, y: ${top} + offset, w: d, h: d, color: colors[i % colors.length], fill: ${js(p.fill)} })
}
${programFooter(p.title)}`
    },
  }
}

export interface PyramidParams {
  title: string
  rows: number
  size: number
  colors: string[]
}

/** Rows of blocks, one more per row, centred: a pyramid. */
export function pyramidProgram(p: PyramidParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['orange']
  const gap = 10
  const pitch = p.size + gap
  return {
    title: p.title,
    w: p.rows * pitch - gap,
    h: p.rows * pitch - gap,
    build(left, top) {
      const specs: ShapeSpec[] = []
      for (let row = 0; row < p.rows; row++) {
        for (let i = 0; i <= row; i++) {
          const x = left + ((p.rows - 1 - row) * pitch) / 2 + i * pitch
          specs.push({ type: 'geo', geo: 'rectangle', x, y: top + row * pitch, w: p.size, h: p.size, color: colors[row % colors.length] ?? 'orange', fill: 'solid' })
        }
      }
      return specs
    },
    code(left, top) {
      return `// ${p.title}
const rows = ${p.rows}, size = ${p.size}, pitch = size + ${gap}
const colors = ${js(colors)}
const specs = []
for (let row = 0; row < rows; row++) {
  for (let i = 0; i <= row; i++) {
    const x = ${left} + ((rows - 1 - row) * pitch) / 2 + i * pitch   // each row centred under the one above
    specs.push({ type: 'geo', geo: 'rectangle', x, y: ${top} + row * pitch, w: size, h: size, color: colors[row % colors.length], fill: 'solid' })
  }
}
${programFooter(p.title)}`
    },
  }
}

export interface WaveParams {
  title: string
  width: number
  height: number
  waves: number
  color: string
  zigzag: boolean
}

/** A sine wave (a smooth line through points) or a zigzag (straight segments). */
export function waveProgram(p: WaveParams): ProgramSource {
  const points = p.zigzag ? p.waves * 2 : p.waves * 8
  return {
    title: p.title,
    w: p.width,
    h: p.height,
    build(left, top) {
      const pts: { x: number; y: number }[] = []
      for (let i = 0; i <= points; i++) {
        const phase = (i / points) * p.waves * 2 * Math.PI
        const y = p.zigzag ? (i % 2 === 0 ? 1 : -1) : Math.sin(phase)
        pts.push({ x: Math.round(left + (p.width * i) / points), y: Math.round(top + p.height / 2 - (y * p.height) / 2) })
      }
      const first = pts[0] ?? { x: left, y: top }
      return [{ type: 'line', x: first.x, y: first.y, points: pts, color: p.color, size: 'l', spline: p.zigzag ? 'line' : 'cubic' }]
    },
    code(left, top) {
      return `// ${p.title}
const width = ${p.width}, height = ${p.height}, waves = ${p.waves}, count = ${points}
const points = []
for (let i = 0; i <= count; i++) {
  const phase = (i / count) * waves * 2 * Math.PI
  const y = ${p.zigzag ? 'i % 2 === 0 ? 1 : -1' : 'Math.sin(phase)'}
  points.push({ x: Math.round(${left} + (width * i) / count), y: Math.round(${top} + height / 2 - (y * height) / 2) })
}
const specs = [{ type: 'line', x: points[0].x, y: points[0].y, points, color: ${js(p.color)}, size: 'l', spline: ${js(p.zigzag ? 'line' : 'cubic')} }]
${programFooter(p.title)}`
    },
  }
}
