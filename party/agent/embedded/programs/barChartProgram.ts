/**
 * "a bar chart of 3, 7, 5, 9": bars scaled to the largest value on a baseline with two axes, the
 * value above each bar and its label (when given) below.
 */
import type { ShapeSpec } from '../planner/planTypes'
import { drawnProgram, type ProgramSource } from './programTypes'

export interface BarChartParams {
  title: string
  values: number[]
  labels: string[]
  colors: string[]
}

const PLOT_H = 300
const GAP = 30
const AXIS_X = 20
const VALUE_ROOM = 40

interface BarChartDraw {
  values: number[]
  labels: string[]
  colors: string[]
  plotH: number
  barW: number
  gap: number
  axisX: number
  valueRoom: number
}

/** Two axes, bars scaled to the largest value, values above, labels below (this function's source is the program). */
function drawBarChart(p: BarChartDraw, left: number, top: number): ShapeSpec[] {
  const printed = (value: number) => String(Math.round(value * 100) / 100)
  const baseline = top + p.valueRoom + p.plotH
  const axis = left + p.axisX
  const width = p.axisX + p.gap + p.values.length * (p.barW + p.gap)
  const max = Math.max(1e-9, ...p.values)
  const specs: ShapeSpec[] = [
    { type: 'line', x: axis, y: top, points: [{ x: axis, y: top }, { x: axis, y: baseline }], color: 'black', dash: 'solid', size: 's' },
    { type: 'line', x: axis, y: baseline, points: [{ x: axis, y: baseline }, { x: left + width, y: baseline }], color: 'black', dash: 'solid', size: 's' },
  ]
  p.values.forEach((value, i) => {
    const x = axis + p.gap + i * (p.barW + p.gap)
    const h = Math.round((Math.max(0, value) / max) * p.plotH)
    if (h > 0) specs.push({ type: 'geo', geo: 'rectangle', x, y: baseline - h, w: p.barW, h, color: p.colors[i % p.colors.length] ?? 'blue', fill: 'solid' })
    specs.push({ type: 'text', x, y: baseline - h - 32, text: printed(value), size: 's' })
    const label = p.labels[i]
    if (label) specs.push({ type: 'text', x, y: baseline + 10, text: label, size: 's' })
  })
  return specs
}

export function barChartProgram(p: BarChartParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['blue']
  const longest = Math.max(2, ...p.labels.map((label) => label.length), ...p.values.map((value) => String(Math.round(value * 100) / 100).length))
  const barW = Math.max(60, Math.ceil((longest * 10 + 10) / 20) * 20)
  const labelRoom = p.labels.length > 0 ? 40 : 0
  const size = { w: AXIS_X + GAP + p.values.length * (barW + GAP), h: VALUE_ROOM + PLOT_H + labelRoom + 20 }
  const params = { values: p.values, labels: p.labels, colors, plotH: PLOT_H, barW, gap: GAP, axisX: AXIS_X, valueRoom: VALUE_ROOM }
  return drawnProgram(p.title, size, drawBarChart, params)
}
