/**
 * The numbers of a chart request and their labels: "a bar chart of 3, 7, 5, 9", "pie chart:
 * rent 40, food 30, fun 30". With no numbers at all the chart gets example values, and says so.
 */
import { cleanLabel, splitList } from './text'

export interface ChartData {
  values: number[]
  labels: string[]
  /** True when the request gave no numbers and example values were used. */
  example: boolean
}

const EXAMPLE = [3, 7, 5, 9]
const MAX_BARS = 40

/** Values and labels from the list in `text` (any case; labels keep it). */
export function chartData(text: string): ChartData {
  const colon = text.lastIndexOf(':')
  const of = /\b(?:of|with|showing|for|values?|data)\s+(?=[-\d])/i.exec(text)
  const start = colon >= 0 ? colon + 1 : of ? of.index + of[0].length : text.search(/\b(chart|graph|histogram)\b/i) + 5
  const items = splitList(text.slice(Math.max(0, start)), MAX_BARS)
  const values: number[] = []
  const labels: string[] = []
  for (const item of items) {
    const number = /-?\d+(?:\.\d+)?/.exec(item)
    if (!number) continue
    values.push(Number(number[0]))
    labels.push(cleanLabel(item.replace(number[0], '').replace(/[=:%]/g, ' ').replace(/\s+/g, ' ')).slice(0, 20))
  }
  if (values.length === 0) return { values: EXAMPLE, labels: [], example: true }
  return { values, labels: labels.some(Boolean) ? labels : [], example: false }
}
