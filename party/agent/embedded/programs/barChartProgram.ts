/**
 * "a bar chart of 3, 7, 5, 9": bars scaled to the largest value on a baseline with two axes, the
 * value above each bar and its label (when given) below.
 */
import type { ShapeSpec } from '../planner/planTypes'
import { js, programFooter, type ProgramSource } from './programTypes'

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

/** A number as the chart prints it: no trailing zeros, at most two decimals. */
const printed = (value: number) => String(Math.round(value * 100) / 100)

export function barChartProgram(p: BarChartParams): ProgramSource {
  const colors = p.colors.length > 0 ? p.colors : ['blue']
  const longest = Math.max(2, ...p.labels.map((label) => label.length), ...p.values.map((value) => printed(value).length))
  const barW = Math.max(60, Math.ceil((longest * 10 + 10) / 20) * 20)
  const max = Math.max(1e-9, ...p.values)
  const labelRoom = p.labels.length > 0 ? 40 : 0
  return {
    title: p.title,
    w: AXIS_X + GAP + p.values.length * (barW + GAP),
    h: VALUE_ROOM + PLOT_H + labelRoom + 20,
    build(left, top) {
      const baseline = top + VALUE_ROOM + PLOT_H
      const width = AXIS_X + GAP + p.values.length * (barW + GAP)
      const specs: ShapeSpec[] = [
        { type: 'line', x: left + AXIS_X, y: top, points: [{ x: left + AXIS_X, y: top }, { x: left + AXIS_X, y: baseline }], color: 'black', dash: 'solid', size: 's' },
        { type: 'line', x: left + AXIS_X, y: baseline, points: [{ x: left + AXIS_X, y: baseline }, { x: left + width, y: baseline }], color: 'black', dash: 'solid', size: 's' },
      ]
      p.values.forEach((value, i) => {
        const x = left + AXIS_X + GAP + i * (barW + GAP)
        const h = Math.round((Math.max(0, value) / max) * PLOT_H)
        if (h > 0) specs.push({ type: 'geo', geo: 'rectangle', x, y: baseline - h, w: barW, h, color: colors[i % colors.length] ?? 'blue', fill: 'solid' })
        specs.push({ type: 'text', x, y: baseline - h - 32, text: printed(value), size: 's' })
        const label = p.labels[i]
        if (label) specs.push({ type: 'text', x, y: baseline + 10, text: label, size: 's' })
      })
      return specs
    },
    code(left, top) {
      return `// ${p.title}
const values = ${js(p.values)}
const labels = ${js(p.labels)}
const colors = ${js(colors)}
const left = ${left}, top = ${top}
const plotH = ${PLOT_H}, barW = ${barW}, gap = ${GAP}, axisX = left + ${AXIS_X}
const baseline = top + ${VALUE_ROOM} + plotH
const width = ${AXIS_X} + gap + values.length * (barW + gap)
const max = Math.max(1e-9, ...values)
const printed = (value) => String(Math.round(value * 100) / 100)
const specs = [
  { type: 'line', x: axisX, y: top, points: [{ x: axisX, y: top }, { x: axisX, y: baseline }], color: 'black', dash: 'solid', size: 's' },
  { type: 'line', x: axisX, y: baseline, points: [{ x: axisX, y: baseline }, { x: left + width, y: baseline }], color: 'black', dash: 'solid', size: 's' },
]
values.forEach((value, i) => {
  const x = axisX + gap + i * (barW + gap)
  const h = Math.round((Math.max(0, value) / max) * plotH)   // bars scaled to the largest value
  if (h > 0) specs.push({ type: 'geo', geo: 'rectangle', x, y: baseline - h, w: barW, h, color: colors[i % colors.length], fill: 'solid' })
  specs.push({ type: 'text', x, y: baseline - h - 32, text: printed(value), size: 's' })
  if (labels[i]) specs.push({ type: 'text', x, y: baseline + 10, text: labels[i], size: 's' })
})
${programFooter(p.title)}`
    },
  }
}
