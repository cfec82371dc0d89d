/** "a pie chart of 30, 50, 20": one filled wedge per value, with its label or share written on it. */
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface PieChartParams {
  title: string
  values: number[]
  labels: string[]
  colors: string[]
  size: number
}

/** One filled wedge per value from twelve o'clock, its label or share on it (this function's source is the program). */
function drawPie(p: { values: number[]; labels: string[]; colors: string[]; r: number }, left: number, top: number): ShapeSpec[] {
  const cx = left + p.r
  const cy = top + p.r
  const total = p.values.reduce((sum, value) => sum + Math.max(0, value), 0) || 1
  const specs: ShapeSpec[] = []
  let start = -Math.PI / 2
  p.values.forEach((value, i) => {
    const sweep = (Math.max(0, value) / total) * 2 * Math.PI
    if (sweep <= 0) return
    const steps = Math.max(2, Math.ceil(sweep / 0.15))
    const points = [{ x: Math.round(cx), y: Math.round(cy) }]
    for (let s = 0; s <= steps; s++) {
      const angle = start + (sweep * s) / steps
      points.push({ x: Math.round(cx + p.r * Math.cos(angle)), y: Math.round(cy + p.r * Math.sin(angle)) })
    }
    points.push({ x: Math.round(cx), y: Math.round(cy) })
    specs.push({ type: 'draw', x: Math.round(cx), y: Math.round(cy), points, closed: true, color: p.colors[i % p.colors.length] ?? 'blue', fill: 'solid' })
    const mid = start + sweep / 2
    const text = p.labels[i] ?? `${Math.round((Math.max(0, value) / total) * 100)}%`
    specs.push({ type: 'text', text, size: 's', x: Math.round(cx + p.r * 0.6 * Math.cos(mid) - (text.length * 18 * 0.55) / 2), y: Math.round(cy + p.r * 0.6 * Math.sin(mid) - 12) })
    start += sweep
  })
  return specs
}

export function pieChartProgram(p: PieChartParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['blue']
  return drawnProgram(p.title, { w: p.size, h: p.size }, drawPie, { values: p.values, labels: p.labels, colors, r: p.size / 2 })
}
