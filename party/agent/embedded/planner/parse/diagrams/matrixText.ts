/**
 * 2×2 matrices: "urgent vs important" (the Eisenhower cells Do, Schedule, Delegate, Delete),
 * "effort vs impact", SWOT, any "X vs Y" (cells named from the axes), or four cells listed.
 * Cells go in reading order: top left, top right, bottom left, bottom right; x grows to the right
 * and y upwards, so the top-left cell is low x, high y (Eisenhower's "Do" is top right: urgent and
 * important).
 */
import type { CreateDiagramInput } from '../../../../../../shared/tools/createDiagram'
import { capitalized, label, splitItems } from './diagramText'

type Matrix = Pick<CreateDiagramInput, 'nodes' | 'axes'>

/** Known matrices, cells in reading order with x growing rightwards and y upwards (the room draws "x →" and "↑ y"). */
const KNOWN: readonly { pattern: RegExp; x: string; y: string; cells: [string, string, string, string] }[] = [
  { pattern: /\b(urgent|urgency|eisenhower)\b/i, x: 'Urgent', y: 'Important', cells: ['Schedule', 'Do', 'Delete', 'Delegate'] },
  { pattern: /\b(effort|impact|value)\b.*\b(effort|impact|value|cost)\b|\bimpact[/ -]effort\b|\beffort[/ -]impact\b/i, x: 'Effort', y: 'Impact', cells: ['Quick wins', 'Major projects', 'Fill-ins', 'Thankless tasks'] },
  { pattern: /\bswot\b/i, x: 'Harmful', y: 'Internal', cells: ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'] },
  { pattern: /\b(risk)\b.*\b(likelihood|probability|impact)\b/i, x: 'Likelihood', y: 'Impact', cells: ['Mitigate', 'Act now', 'Accept', 'Monitor'] },
]

/** The cells and axes of a 2×2 matrix: a known kind named anywhere in `request`, else read from `body`. */
export function parseMatrix(request: string, body: string): Matrix {
  const known = KNOWN.find((entry) => entry.pattern.test(request))
  const text = body
  if (known) return { nodes: known.cells.map((cell) => ({ label: cell })), axes: { x: known.x, y: known.y } }
  const versus = /([\w' -]{1,40}?)\s+(?:vs\.?|versus|against|by|×|x)\s+([\w' -]{1,40})/i.exec(text)
  const items = splitItems(text)
  if (!versus && items.length >= 4) return { nodes: items.slice(0, 4).map((cell) => ({ label: cell })) }
  const x = capitalized(label(versus?.[1] ?? 'x').replace(/^(?:a|the)\s+/i, ''))
  const y = capitalized(label(versus?.[2] ?? 'y'))
  const low = (axis: string) => `low ${axis.toLowerCase()}`
  const high = (axis: string) => `high ${axis.toLowerCase()}`
  return {
    nodes: [
      { label: capitalized(`${high(y)}, ${low(x)}`) },
      { label: capitalized(`${high(y)}, ${high(x)}`) },
      { label: capitalized(`${low(y)}, ${low(x)}`) },
      { label: capitalized(`${low(y)}, ${high(x)}`) },
    ],
    axes: { x, y },
  }
}
