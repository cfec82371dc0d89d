/**
 * Flowcharts: labelled boxes (diamonds for questions) joined by arrows bound to them. Boxes get
 * the model's own ids so the arrows can name them; each box is drawn in its own step, and each
 * arrow goes out in the first step after both its ends exist, so the chart grows link by link.
 */
import { flowLayout } from '../../layout/flowLayout'
import { snapSize } from '../../layout/grid'
import { placeBlock } from '../../layout/placement'
import { labelledBox } from '../../layout/textMetrics'
import { chunk, withIntro } from '../drawingPlan'
import { colorMentions } from '../parse/colors'
import { parseFlowchart, type FlowGraph } from '../parse/flowchartText'
import { joinWords, slug } from '../parse/text'
import { MAX_PLAN_STEPS, type Intent, type PlanStep, type ShapeSpec } from '../planTypes'
import { describePlace } from './describe'

/** Requests that contain an arrow but are about existing shapes. */
const EDIT_VERBS = /^\s*(please\s+)?(rename|relabel|connect|link|join|change|replace|move|delete|remove)\b/i

/** Ids for the nodes: their labels as slugs, unique among themselves and the board's ids. */
export function nodeIds(labels: readonly string[], taken: ReadonlySet<string>): string[] {
  const used = new Set(taken)
  return labels.map((label) => {
    const base = slug(label, 'step')
    let id = base
    for (let n = 2; used.has(id) && n < 10_000; n++) id = `${base}-${n}`
    used.add(id)
    return id
  })
}

function nodeShapes(graph: FlowGraph, color: string): ShapeSpec[] {
  return graph.nodes.map((label) => {
    const question = label.trim().endsWith('?')
    const box = labelledBox(label, question ? 180 : 160, question ? 120 : 80, 'm', question ? 360 : 320)
    const size = question ? { w: snapSize(box.w * 1.3), h: snapSize(box.h * 1.3) } : box
    return { type: 'geo', geo: question ? 'diamond' : 'rectangle', x: 0, y: 0, ...size, text: label, color, fill: 'solid' }
  })
}

export const flowchartIntent: Intent = (context) => {
  if (EDIT_VERBS.test(context.request)) return null
  const graph = parseFlowchart(context.request)
  if (!graph) return null
  const ids = nodeIds(graph.nodes, new Set(context.board.shapes.map((shape) => shape.id)))
  const color = colorMentions(context.request.split(/[:\n]/)[0] ?? '').at(0)?.color ?? 'blue'
  const shapes = nodeShapes(graph, color)
  const view = context.board.viewport
  const sizes = shapes.map((shape) => (shape.type === 'geo' ? { w: shape.w, h: shape.h } : { w: 0, h: 0 }))
  const across = flowLayout(sizes, graph.edges, 'right')
  const down = flowLayout(sizes, graph.edges, 'down')
  const direction = graph.direction ?? (across.w <= view.w - 80 || across.w / view.w <= down.h / view.h ? 'right' : 'down')
  const layout = direction === 'right' ? across : down

  const drawings = shapes.map((shape, i) => ({ label: graph.nodes[i] ?? '', shapes: [{ ...shape, id: ids[i], ...layout.positions[i] }], ...(sizes[i] ?? { w: 0, h: 0 }), ...(layout.positions[i] ?? { x: 0, y: 0 }) }))
  const block = { drawings, w: layout.w, h: layout.h }
  const placed = placeBlock(block, context.board)

  // Boxes in as many steps as the plan allows, arrows as soon as both their ends are drawn.
  const perStep = Math.ceil(graph.nodes.length / (MAX_PLAN_STEPS - 1))
  const boxSteps = chunk(placed.block.drawings, perStep)
  const stepOf = (node: number) => Math.floor(node / perStep)
  const steps: PlanStep[] = boxSteps.map((group) => ({ calls: [{ toolName: 'create_shapes', input: { shapes: group.flatMap((d) => d.shapes) } }] }))
  const pending = graph.edges.map(([a, b]) => ({ a, b, ready: Math.max(stepOf(a), stepOf(b)) + 1 }))
  for (let step = 1; step <= steps.length; step++) {
    const arrows = pending.filter((edge) => edge.ready === step).map((edge) => ({ from: ids[edge.a] ?? '', to: ids[edge.b] ?? '' }))
    if (arrows.length === 0) continue
    const call = { toolName: 'create_arrows' as const, input: { arrows } }
    if (step < steps.length) steps[step] = { calls: [...(steps[step]?.calls ?? []), call] }
    else steps.push({ calls: [call] })
  }

  const chain = graph.edges.length === graph.nodes.length - 1 && graph.edges.every(([a, b], i) => a === i && b === i + 1)
  const what = chain ? graph.nodes.join(' → ') : `${graph.nodes.length} steps and ${graph.edges.length} arrows`
  const where = describePlace('center', placed.inView)
  return withIntro(
    { steps, summary: `Done: a flowchart of ${graph.nodes.length} boxes joined by ${graph.edges.length} arrow${graph.edges.length === 1 ? '' : 's'}, ${where}. The arrows are bound to the boxes, so they follow when you move them.` },
    `Drawing a flowchart: ${what}.`,
    `Flowchart ${direction === 'right' ? 'left to right' : 'top to bottom'}: ${joinWords(graph.nodes.slice(0, 8).map((label) => `“${label}”`))}${graph.nodes.length > 8 ? '…' : ''}. One box per step, each arrow as soon as both of its boxes exist, ${where}.`,
  )
}
